FROM python:3.13-slim
RUN pip install git+https://github.com/psf/requests.git
# expect SW2070 2:17-2:56 pip installs 'git+https://github.com/psf/requests.git' without a version: pin it ('git+https://github.com/psf/requests.git==1.2.3') or install from a requirements or constraints file
