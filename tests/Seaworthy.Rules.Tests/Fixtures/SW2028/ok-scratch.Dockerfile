FROM scratch
COPY app .
