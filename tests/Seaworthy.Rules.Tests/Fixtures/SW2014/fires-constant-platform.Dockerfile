# expect SW2014 2:17-2:28 FROM --platform uses the constant 'linux/arm64', so the stage ignores the platform the image is built for; use $BUILDPLATFORM or $TARGETPLATFORM, or name the stage after the platform
FROM --platform=linux/arm64 alpine AS builder
