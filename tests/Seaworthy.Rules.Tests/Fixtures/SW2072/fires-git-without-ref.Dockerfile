FROM node:22-alpine
RUN npm install git+https://github.com/expressjs/express.git expressjs/cors
# expect SW2072 2:17-2:61
# expect SW2072 2:62-2:76
