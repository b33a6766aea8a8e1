FROM maven:3.9-eclipse-temurin-21
ARG NEXUS_USR
ARG NEXUS_PSW
RUN mvn -B -s settings.xml deploy
# expect SW1003 3:5-3:14 Build argument 'NEXUS_PSW' looks like a secret (its name contains 'psw'): value (no value)
