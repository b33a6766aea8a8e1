FROM eclipse-temurin:21-jdk
ENV JAVA_TOOLS=/opt/tools PATH=${JAVA_TOOLS}/bin:$PATH
# expect SW2027 2:32-2:45
