FROM node:22-alpine
COPY package.json package-lock.json /app/
COPY ["start.sh", "stop.sh", "/usr/local/bin/"]
COPY a.conf b.conf "/etc/app/"
