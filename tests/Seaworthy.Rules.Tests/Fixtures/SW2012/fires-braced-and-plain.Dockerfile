# expect SW2012 3:6-3:34 Setting the platform to ${TARGETPLATFORM} is redundant: a stage is built for the target platform by default
# expect SW2012 4:6-4:32 Setting the platform to $TARGETPLATFORM is redundant: a stage is built for the target platform by default
FROM --platform=${TARGETPLATFORM} alpine
FROM --platform=$TARGETPLATFORM alpine
