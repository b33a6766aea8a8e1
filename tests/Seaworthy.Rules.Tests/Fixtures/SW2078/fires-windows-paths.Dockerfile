# escape=`
# A fragment without FROM, as hadolint lints one (a Windows image's RUN runs under cmd, which is not parsed).
COPY build\tools\bundle.zip C:\Tools\
RUN tar -xf "C:\Tools\bundle.zip" -C "C:\Tools"
COPY build\docs.tar.gz C:\docs.tar.gz
RUN tar -xzf docs.tar.gz
# expect SW2078 4:13-4:34 'C:\Tools\bundle.zip' is copied with COPY and then extracted here: ADD extracts a local archive itself, in one layer
# expect SW2078 6:14-6:25 'docs.tar.gz' is copied with COPY and then extracted here: ADD extracts a local archive itself, in one layer
