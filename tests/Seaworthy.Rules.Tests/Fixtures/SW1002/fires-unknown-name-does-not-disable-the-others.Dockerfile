# hadolint ignore=DL9999,DL3006
FROM ubuntu AS first
# seaworthy ignore=no-such-rule, unpinned-image -- base image chosen by the CI
FROM debian AS second
# hadolint ignore=DL9999
FROM alpine AS third
# expect SW1002 6:6-6:12 Stage 'third' uses image 'alpine' without a tag, so every build may get a different image
