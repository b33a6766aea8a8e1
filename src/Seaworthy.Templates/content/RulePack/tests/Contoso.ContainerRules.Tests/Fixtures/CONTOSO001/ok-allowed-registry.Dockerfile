# Images from the allowed registry, a stage built on another stage, and scratch.
FROM registry.example.com/node:22-slim AS build
RUN npm ci

FROM build AS test
RUN npm test

FROM scratch
COPY --from=build /src/dist /app
