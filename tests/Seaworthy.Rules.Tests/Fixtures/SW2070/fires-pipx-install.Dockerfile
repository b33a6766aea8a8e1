FROM python:3.13-slim
RUN pip install pipx==1.7.1 && pipx install black
RUN pipx install --python python3.13 --pip-args=--no-cache-dir ruff poetry==1.8.4
# expect SW2070 2:45-2:50 pipx installs 'black' without a version: pin it ('black==1.2.3') or install from a requirements or constraints file
# expect SW2070 3:64-3:68 pipx installs 'ruff' without a version: pin it ('ruff==1.2.3') or install from a requirements or constraints file
