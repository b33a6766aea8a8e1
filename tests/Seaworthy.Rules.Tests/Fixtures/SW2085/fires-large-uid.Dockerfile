FROM debian:12
RUN useradd -u 1000000 -m app
# expect SW2085 2:16-2:23
RUN useradd --uid=123456789 svc && useradd -mu 2000000 other
# expect SW2085 4:19-4:28
# expect SW2085 4:48-4:55
