FROM scratch
# expect SW2019 3:9-3:13
WORKDIR $DIR/app
