ARG REGISTRY
ARG IMAGE=${REGISTRY}/alpine:3.20
# expect SW2013 4:6-4:14 With only the ARG defaults, FROM ${IMAGE} gives '/alpine:3.20', which is not a valid image reference, so the build fails without --build-arg
FROM ${IMAGE}
