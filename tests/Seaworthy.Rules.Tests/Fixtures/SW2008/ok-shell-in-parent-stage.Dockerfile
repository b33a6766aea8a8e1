FROM alpine AS base
SHELL ["/bin/bash", "-c"]
FROM base
CMD echo hi
