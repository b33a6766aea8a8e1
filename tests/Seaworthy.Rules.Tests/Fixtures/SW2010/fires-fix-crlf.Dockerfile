FROM debian:bookworm-slim
ENV TOOL_HOME /opt/tool
# expect SW2010 2:5-2:14 "ENV TOOL_HOME=value" should be used instead of the legacy "ENV TOOL_HOME value" form, which takes the rest of the line as one value
