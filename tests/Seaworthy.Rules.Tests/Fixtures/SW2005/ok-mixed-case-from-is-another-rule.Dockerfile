From alpine as base
FROM alpine AS other
