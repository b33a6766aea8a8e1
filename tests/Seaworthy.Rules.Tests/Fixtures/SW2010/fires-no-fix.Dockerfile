FROM debian:bookworm-slim
ENV GREETING "hello" "world"
ENV TOOL_ARGS --name "a b"
# expect SW2010 2:5-2:13 "ENV GREETING=value" should be used instead of the legacy "ENV GREETING value" form, which takes the rest of the line as one value
# expect SW2010 3:5-3:14 "ENV TOOL_ARGS=value" should be used instead of the legacy "ENV TOOL_ARGS value" form, which takes the rest of the line as one value
