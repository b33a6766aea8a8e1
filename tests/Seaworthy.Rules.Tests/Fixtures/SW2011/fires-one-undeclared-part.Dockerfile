ARG TAG=latest
# expect SW2011 3:19-3:28 FROM argument 'SUFFIX' is not declared: FROM sees only ARGs declared before the first FROM and the automatic platform ARGs
FROM alpine:${TAG}${SUFFIX}
