FROM python:3.12-slim AS build
RUN pip wheel --wheel-dir /wheels flask

FROM python:3.12-slim
COPY --from=build /wheels /wheels
USER 1000
HEALTHCHECK CMD python -c "print(1)"
