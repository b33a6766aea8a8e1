FROM ubuntu AS first
RUN true
# hadolint stage ignore=DL3006
FROM debian AS second
RUN true
# hadolint   stage   ignore = DL3007 , DL3006 # the build stage may float
FROM node AS third
RUN npm ci
FROM alpine AS fourth
# expect SW1002 1:6-1:12 Stage 'first' uses image 'ubuntu' without a tag, so every build may get a different image
# expect SW1002 9:6-9:12 Stage 'fourth' uses image 'alpine' without a tag, so every build may get a different image
