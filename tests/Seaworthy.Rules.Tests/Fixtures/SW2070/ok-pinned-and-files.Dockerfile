FROM python:3.13-slim
COPY . /src
RUN pip install -r requirements.txt -c constraints.txt \
    && pip install 'flask>=3,<4' django~=5.0 numpy!=2.0.0 "attrs<24" \
    && pip install . ./plugins /wheels/app-1.0-py3-none-any.whl dist/app-1.0.tar.gz \
    && pip install -e /src git+https://github.com/psf/requests.git@v2.32.3 \
    && pip install --requirement=dev.txt "$EXTRA_PACKAGE" \
    && pip download flask \
    && pip list
