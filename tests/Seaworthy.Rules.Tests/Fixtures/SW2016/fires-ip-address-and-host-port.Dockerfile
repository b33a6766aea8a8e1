FROM alpine
# expect SW2016 4:23-4:38 EXPOSE 0.0.0.0:8080:80: it binds the IP address '0.0.0.0', which EXPOSE cannot do; publish ports with 'docker run -p'
# expect SW2016 4:39-4:52 EXPOSE 9000:9000/udp: it maps the host port '9000', which EXPOSE cannot do: it declares container ports only (publish with 'docker run -p')
EXPOSE 80/TCP 443/tcp 0.0.0.0:8080:80 9000:9000/udp
