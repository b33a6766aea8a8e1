FROM alpine:3.20
LABEL com.docker.compose.project=web
# expect SW2029 2:7-2:33
