FROM alpine:3.20
ARG PREFIX=com.example
LABEL ${PREFIX}.build=1
LABEL build$id="42" org.example.ok=1
# expect SW2029 3:7-3:22 Label key '${PREFIX}.build' has the character '$': a key built from a variable is only known at build time; write the key out in lower-case letters, digits, '.', '-', '_' and '/'
# expect SW2029 4:7-4:15 Label key 'build$id' has the character '$': a key built from a variable is only known at build time; write the key out in lower-case letters, digits, '.', '-', '_' and '/'
