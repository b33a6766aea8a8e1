# expect SW2005 2:13-2:15
FROM alpine as build
