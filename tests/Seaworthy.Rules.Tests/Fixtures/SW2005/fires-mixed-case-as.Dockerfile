# expect SW2005 2:18-2:20 'As' and 'FROM' keywords' casing do not match
FROM alpine:3.20 As build
