FROM python:3.13-slim
RUN pip install --no-cache-dir flask requests==2.32.3 'gunicorn'
# expect SW2070 2:32-2:37 pip installs 'flask' without a version: pin it ('flask==1.2.3') or install from a requirements or constraints file
# expect SW2070 2:55-2:65 pip installs 'gunicorn' without a version: pin it ('gunicorn==1.2.3') or install from a requirements or constraints file
