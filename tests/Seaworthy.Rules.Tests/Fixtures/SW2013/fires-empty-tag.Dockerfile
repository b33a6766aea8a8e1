ARG VERSION
# expect SW2013 3:6-3:22 With only the ARG defaults, FROM busybox:$VERSION gives 'busybox:', which is not a valid image reference, so the build fails without --build-arg
FROM busybox:$VERSION
