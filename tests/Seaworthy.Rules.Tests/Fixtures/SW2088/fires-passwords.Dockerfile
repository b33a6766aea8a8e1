FROM centos:7
RUN echo 'root:hunter2' | chpasswd
RUN echo hunter2 | passwd --stdin app
RUN useradd -m -p hunter2 app && usermod --password=hunter2 app
RUN mysql -uroot -phunter2 -e 'select 1' && mysqladmin --password=hunter2 status
RUN echo 'u:hunter2' | chpasswd | chpasswd
# expect SW2088 2:27-2:35
# expect SW2088 3:20-3:26
# expect SW2088 4:16-4:18
# expect SW2088 4:42-4:52
# expect SW2088 5:18-5:20
# expect SW2088 5:56-5:67
# expect SW2088 6:24-6:32
