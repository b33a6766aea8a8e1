FROM node:22-alpine
RUN npm install -g typescript @angular/cli@19.0.0 express@latest \
    && npm i --prefix /app lodash @types/node
# expect SW2072 2:20-2:30
# expect SW2072 2:51-2:65
# expect SW2072 3:28-3:34
# expect SW2072 3:35-3:46
