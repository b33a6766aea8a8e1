FROM centos:7
RUN --mount=type=secret,id=rootpw chpasswd < /run/secrets/rootpw
RUN cat /tmp/users | chpasswd -e
RUN passwd -d root
# expect SW2093 2:35-2:43 'chpasswd' sets passwords in the image: every container shares the account's password and anyone who pulls the image can read /etc/shadow; lock the account, or give credentials when the container starts
# expect SW2093 3:22-3:30 'chpasswd' sets passwords in the image: every container shares the account's password and anyone who pulls the image can read /etc/shadow; lock the account, or give credentials when the container starts
# expect SW2093 4:5-4:11 'passwd -d' removes a password in the image: every container shares the account's password and anyone who pulls the image can read /etc/shadow; lock the account, or give credentials when the container starts
