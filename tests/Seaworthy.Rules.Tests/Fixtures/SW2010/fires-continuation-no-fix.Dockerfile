FROM debian:bookworm-slim
ENV TOOL_FLAGS --fast \
    --quiet
ENV TOOL_HOME \
    /opt/tool
# expect SW2010 2:5-2:15 "ENV TOOL_FLAGS=value" should be used instead of the legacy "ENV TOOL_FLAGS value" form, which takes the rest of the line as one value
# expect SW2010 4:5-4:14 "ENV TOOL_HOME=value" should be used instead of the legacy "ENV TOOL_HOME value" form, which takes the rest of the line as one value
