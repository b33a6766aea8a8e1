# expect CONTOSO001 4:6-4:18 Image 'node:22-slim' is not from an allowed registry (registry.example.com)
# expect CONTOSO001 8:6-8:30 Image 'ghcr.io/acme/runtime:1.4' is not from an allowed registry (registry.example.com)
# A build stage from Docker Hub and a final stage from another registry.
FROM node:22-slim AS build
WORKDIR /src
RUN npm ci

FROM ghcr.io/acme/runtime:1.4
COPY --from=build /src/dist /app
