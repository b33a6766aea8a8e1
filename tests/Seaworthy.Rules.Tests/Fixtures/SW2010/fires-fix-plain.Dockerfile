FROM debian:bookworm-slim
ENV PATH /opt/tool/bin:$PATH
LABEL description This image builds the tool
LABEL	version	1.0
ENV GREETING "hello world"
LABEL maintainer 'Jane Doe <jane@example.com>'
# expect SW2010 2:5-2:9 "ENV PATH=value" should be used instead of the legacy "ENV PATH value" form, which takes the rest of the line as one value
# expect SW2010 3:7-3:18 "LABEL description=value" should be used instead of the legacy "LABEL description value" form, which takes the rest of the line as one value
# expect SW2010 4:7-4:14 "LABEL version=value" should be used instead of the legacy "LABEL version value" form, which takes the rest of the line as one value
# expect SW2010 5:5-5:13 "ENV GREETING=value" should be used instead of the legacy "ENV GREETING value" form, which takes the rest of the line as one value
# expect SW2010 6:7-6:17 "LABEL maintainer=value" should be used instead of the legacy "LABEL maintainer value" form, which takes the rest of the line as one value
