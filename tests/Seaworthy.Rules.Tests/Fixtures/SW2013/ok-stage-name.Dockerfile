ARG BASE=builder
FROM alpine:3.20 AS builder
FROM ${BASE}
