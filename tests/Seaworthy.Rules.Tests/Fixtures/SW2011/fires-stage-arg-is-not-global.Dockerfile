FROM alpine:3.20
ARG BASE=alpine:3.20
# expect SW2011 4:6-4:11 FROM argument 'BASE' is not declared: FROM sees only ARGs declared before the first FROM and the automatic platform ARGs
FROM $BASE
