ARG IMAGE
# expect SW2013 3:6-3:12 With only the ARG defaults, FROM $IMAGE gives an empty image name, so the build fails without --build-arg
FROM $IMAGE
