FROM node:22-alpine
RUN npm install -g typescript @angular/cli@19.0.0 express@latest \
    && npm i --prefix /app lodash @types/node
# expect SW2072 2:20-2:30 npm installs 'typescript' without a version: pin it ('typescript@1.2.3'), or a git source with '#<tag or commit>'
# expect SW2072 2:51-2:65 npm installs 'express@latest' without a version: pin it ('express@latest@1.2.3'), or a git source with '#<tag or commit>'
# expect SW2072 3:28-3:34 npm installs 'lodash' without a version: pin it ('lodash@1.2.3'), or a git source with '#<tag or commit>'
# expect SW2072 3:35-3:46 npm installs '@types/node' without a version: pin it ('@types/node@1.2.3'), or a git source with '#<tag or commit>'
