FROM scratch
# expect SW2019 3:9-3:13 Variable '$DIR' is not defined: no ARG or ENV before it defines it, and a stage built from scratch has no other variables
WORKDIR $DIR/app
