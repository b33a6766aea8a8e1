FROM alpine:3.20 AS base
# expect SW2004 3:21-3:26 Stage name 'BUILD' should be lowercase: BuildKit names the stage 'build'
FROM alpine:3.20 AS BUILD
