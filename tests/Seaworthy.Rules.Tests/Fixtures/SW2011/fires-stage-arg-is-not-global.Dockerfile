FROM alpine:3.20
ARG BASE=alpine:3.20
# expect SW2011 4:6-4:11
FROM $BASE
