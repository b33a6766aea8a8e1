# expect SW2011 2:17-2:31
FROM --platform=$BULIDPLATFORM alpine
