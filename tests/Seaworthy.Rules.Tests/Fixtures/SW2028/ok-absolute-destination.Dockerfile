FROM node:22-alpine
COPY . /app
COPY ["package.json", "/app/"]
COPY "start.sh" "/usr/local/bin/"
