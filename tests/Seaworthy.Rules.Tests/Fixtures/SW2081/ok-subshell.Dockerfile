FROM alpine:3.20
WORKDIR /src
RUN ( cd lib && make ) && make install
RUN echo "$(cd /etc && pwd)"
RUN echo cd
