FROM debian:12
RUN apt-get update
RUN apt-get install -y curl && apt-get -q update
RUN apk update
RUN apt update && echo done
# expect SW2092 2:13-2:19 'apt-get update' with no install after it in the same RUN: a later RUN installs from an index the build cache may keep for months; update and install in one RUN
# expect SW2092 3:43-3:49 'apt-get update' with no install after it in the same RUN: a later RUN installs from an index the build cache may keep for months; update and install in one RUN
# expect SW2092 4:9-4:15 'apk update' with no install after it in the same RUN: a later RUN installs from an index the build cache may keep for months; update and install in one RUN
# expect SW2092 5:9-5:15 'apt update' with no install after it in the same RUN: a later RUN installs from an index the build cache may keep for months; update and install in one RUN
