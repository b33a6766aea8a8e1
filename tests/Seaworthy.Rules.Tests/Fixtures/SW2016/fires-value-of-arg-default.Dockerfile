FROM alpine
ARG PORT=8080:80
# expect SW2016 4:8-4:15 EXPOSE 8080:80: it maps the host port '8080', which EXPOSE cannot do: it declares container ports only (publish with 'docker run -p')
EXPOSE ${PORT}
