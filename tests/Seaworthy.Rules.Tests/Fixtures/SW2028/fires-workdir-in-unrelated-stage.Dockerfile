FROM debian:bookworm AS stage1
WORKDIR /usr
FROM debian:bookworm
COPY foo bar
# expect SW2028 4:10-4:13 COPY to the relative destination 'bar' while no WORKDIR is set in stage 1: where it lands depends on the base image's working directory
