# expect SW2005 2:13-2:15 'as' and 'FROM' keywords' casing do not match
FROM alpine as build
