FROM centos:7
RUN --mount=type=secret,id=rootpw passwd --stdin root < /run/secrets/rootpw
RUN useradd -m app && passwd -d app
RUN mysql -uroot -p -e 'select 1' && mysql -P 3306 -h db
RUN echo passwd chpasswd
RUN --mount=type=secret,id=rootpw chpasswd < /run/secrets/rootpw
RUN --mount=type=secret,id=rootpw cat /run/secrets/rootpw | chpasswd
