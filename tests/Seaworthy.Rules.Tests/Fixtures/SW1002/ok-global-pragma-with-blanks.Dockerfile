# hadolint global ignore = DL3007 ,DL3006
FROM ubuntu
FROM debian:latest
