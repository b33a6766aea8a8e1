FROM alpine:3.20 AS build-stage_1.x
