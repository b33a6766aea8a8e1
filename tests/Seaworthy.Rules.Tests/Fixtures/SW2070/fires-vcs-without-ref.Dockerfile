FROM python:3.13-slim
RUN pip install git+https://github.com/psf/requests.git
# expect SW2070 2:17-2:56
