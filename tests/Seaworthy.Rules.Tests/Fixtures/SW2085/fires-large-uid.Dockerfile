FROM debian:12
RUN useradd -u 1000000 -m app
# expect SW2085 2:16-2:23 useradd with UID 1000000 without -l/--no-log-init: the lastlog and faillog files grow to the UID's size in the layer
RUN useradd --uid=123456789 svc && useradd -mu 2000000 other
# expect SW2085 4:19-4:28 useradd with UID 123456789 without -l/--no-log-init: the lastlog and faillog files grow to the UID's size in the layer
# expect SW2085 4:48-4:55 useradd with UID 2000000 without -l/--no-log-init: the lastlog and faillog files grow to the UID's size in the layer
