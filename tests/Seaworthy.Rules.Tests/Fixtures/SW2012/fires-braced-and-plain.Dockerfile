# expect SW2012 3:6-3:34
# expect SW2012 4:6-4:32
FROM --platform=${TARGETPLATFORM} alpine
FROM --platform=$TARGETPLATFORM alpine
