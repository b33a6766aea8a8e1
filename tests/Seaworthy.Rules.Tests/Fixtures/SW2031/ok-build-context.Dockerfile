FROM scratch
COPY / /
