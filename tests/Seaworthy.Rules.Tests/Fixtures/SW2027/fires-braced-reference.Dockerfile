FROM eclipse-temurin:21-jdk
ENV JAVA_TOOLS=/opt/tools PATH=${JAVA_TOOLS}/bin:$PATH
# expect SW2027 2:32-2:45 ENV PATH refers to ${JAVA_TOOLS}, but this same ENV sets JAVA_TOOLS: every value of one ENV is expanded before any is set, so PATH gets the earlier value of JAVA_TOOLS, or an empty string
