# expect SW2006 2:1-2:5
From alpine as base
FROM alpine AS other
