FROM debian:bookworm-slim
COPY a b
ADD c d
# expect SW2028 2:8-2:9 COPY to the relative destination 'b' while no WORKDIR is set in stage 0: where it lands depends on the base image's working directory
# expect SW2028 3:7-3:8 ADD to the relative destination 'd' while no WORKDIR is set in stage 0: where it lands depends on the base image's working directory
