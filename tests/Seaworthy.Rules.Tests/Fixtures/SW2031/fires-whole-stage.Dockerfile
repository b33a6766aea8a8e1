FROM debian:bookworm AS builder
RUN make install

FROM debian:bookworm-slim
COPY --from=builder / /
# expect SW2031 5:21-5:22 COPY --from=builder copies the whole filesystem ('/' to '/'): everything the other stage or image holds lands in this one
