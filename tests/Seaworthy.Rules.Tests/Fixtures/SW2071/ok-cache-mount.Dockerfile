# syntax=docker/dockerfile:1
FROM python:3.13-slim
RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.1.0
RUN --mount=type=cache,target=~/.cache/pip/ pip install django==5.1
