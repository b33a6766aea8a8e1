FROM node:22-alpine
WORKDIR /app
COPY . .
RUN npm install \
    && npm ci \
    && npm install --omit=dev \
    && npm install -g typescript@5.7.2 @angular/cli@19.0.0 "pm2@^5" \
    && npm install git+https://github.com/expressjs/express.git#v5.0.1 expressjs/cors#v2.8.5 \
    && npm install ./packages/util /opt/vendor/lib.tgz file:../shared "$EXTRA" \
    && npm run build \
    && npx cowsay hello
