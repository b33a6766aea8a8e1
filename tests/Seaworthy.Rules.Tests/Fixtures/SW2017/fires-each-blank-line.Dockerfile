FROM alpine
# expect SW2017 5:1-5:4 Empty continuation line: BuildKit skips it today, but a future release will end the instruction here
# expect SW2017 7:1-7:1 Empty continuation line: BuildKit skips it today, but a future release will end the instruction here
RUN apk add \
   
      curl \

      git
