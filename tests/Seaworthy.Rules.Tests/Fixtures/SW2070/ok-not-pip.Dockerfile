FROM python:3.13-slim
RUN pipx run black --check . \
    && pipenv install requests \
    && python -m venv /opt/venv \
    && python3 -c "import pip" install flask
