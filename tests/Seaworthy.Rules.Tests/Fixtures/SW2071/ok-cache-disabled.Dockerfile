FROM python:3.13-slim AS base
ENV PIP_NO_CACHE_DIR=1
RUN pip install flask==3.1.0

FROM base AS derived
RUN pip install django==5.1

FROM python:3.13-slim AS args
ARG PIP_NO_CACHE_DIR=true
RUN pip install flask==3.1.0

FROM python:3.13-slim AS inline
RUN pip install --no-cache-dir flask==3.1.0 \
    && PIP_NO_CACHE_DIR=off pip3 install django==5.1 \
    && env PIP_NO_CACHE_DIR=1 python -m pip install attrs==24.2.0 \
    && pipx install black \
    && pip download flask
