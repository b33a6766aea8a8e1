FROM python:3.13-slim
RUN python3 -m pip install --upgrade pip \
    && pip3.13 install -i https://pypi.org/simple uvicorn
# expect SW2070 2:38-2:41 pip installs 'pip' without a version: pin it ('pip==1.2.3') or install from a requirements or constraints file
# expect SW2070 3:51-3:58 pip installs 'uvicorn' without a version: pin it ('uvicorn==1.2.3') or install from a requirements or constraints file
