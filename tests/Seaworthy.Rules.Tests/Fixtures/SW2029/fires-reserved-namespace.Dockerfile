FROM alpine:3.20
LABEL com.docker.compose.project=web
# expect SW2029 2:7-2:33 Label key 'com.docker.compose.project' is in a namespace Docker reserves for itself (com.docker., io.docker., org.dockerproject.)
