# expect SW2014 2:17-2:28
FROM --platform=linux/arm64 alpine AS builder
