FROM alpine
# expect SW2010 3:5-3:20 "ENV DEBIAN_FRONTEND=value" should be used instead of the legacy "ENV DEBIAN_FRONTEND value" form, which takes the rest of the line as one value
ENV DEBIAN_FRONTEND noninteractive
# expect SW2010 5:7-5:14 "LABEL version=value" should be used instead of the legacy "LABEL version value" form, which takes the rest of the line as one value
LABEL version 1.0
