FROM centos:7
RUN echo 'root:hunter2' | chpasswd
RUN echo hunter2 | passwd --stdin app
RUN useradd -m -p hunter2 app && usermod --password=hunter2 app
RUN mysql -uroot -phunter2 -e 'select 1' && mysqladmin --password=hunter2 status
RUN echo 'u:hunter2' | chpasswd | chpasswd
# expect SW2088 2:27-2:35 'chpasswd' puts a password in the RUN, which stays in the image history: read it from a build secret (RUN --mount=type=secret)
# expect SW2088 3:20-3:26 'passwd --stdin' puts a password in the RUN, which stays in the image history: read it from a build secret (RUN --mount=type=secret)
# expect SW2088 4:16-4:18 'useradd -p' puts a password in the RUN, which stays in the image history: read it from a build secret (RUN --mount=type=secret)
# expect SW2088 4:42-4:52 'usermod --password' ******** a password in the RUN, which stays in the image history: read it from a build secret (RUN --mount=type=secret)
# expect SW2088 5:18-5:20 'mysql -p' puts a password in the RUN, which stays in the image history: read it from a build secret (RUN --mount=type=secret)
# expect SW2088 5:56-5:67 'mysqladmin --password=' puts a password in the RUN, which stays in the image history: read it from a build secret (RUN --mount=type=secret)
# expect SW2088 6:24-6:32 'chpasswd' puts a password in the RUN, which stays in the image history: read it from a build secret (RUN --mount=type=secret)
