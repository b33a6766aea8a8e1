FROM alpine
# expect SW2017 5:1-5:4
# expect SW2017 7:1-7:1
RUN apk add \
   
      curl \

      git
