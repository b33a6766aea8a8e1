FROM python:3.13-slim
COPY constraints.txt .
RUN pip install -c constraints.txt flask requests
RUN pip install flask --constraint https://example.com/constraints.txt
RUN python -m pip install --constraint=constraints.txt django
RUN pipx install black==24.10.0 && pipx install ./tools/linter && pipx list
