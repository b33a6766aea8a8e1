FROM python:3.13-slim
RUN export PIP_NO_CACHE_DIR=1 && pip install flask==3.1.0
RUN export PIP_NO_CACHE_DIR=yes; pip install django==5.1
RUN PIP_NO_CACHE_DIR=true pip install attrs==24.2.0
RUN export PIP_NO_CACHE_DIR=0 && pip install click==8.1.7
RUN --mount=type=tmpfs,target=/root/.cache/pip pip install requests==2.32.3
ENV PIP_NO_CACHE_DIR=on
RUN pip install rich==13.9.4
