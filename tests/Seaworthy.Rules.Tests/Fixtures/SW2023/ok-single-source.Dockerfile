FROM eclipse-temurin:21-jre
COPY target/*.jar /app.jar
COPY entrypoint.sh /entrypoint
