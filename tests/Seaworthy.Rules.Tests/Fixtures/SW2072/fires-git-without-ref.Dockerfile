FROM node:22-alpine
RUN npm install git+https://github.com/expressjs/express.git expressjs/cors
# expect SW2072 2:17-2:61 npm installs 'git+https://github.com/expressjs/express.git' without a version: pin it ('git+https://github.com/expressjs/express.git@1.2.3'), or a git source with '#<tag or commit>'
# expect SW2072 2:62-2:76 npm installs 'expressjs/cors' without a version: pin it ('expressjs/cors@1.2.3'), or a git source with '#<tag or commit>'
