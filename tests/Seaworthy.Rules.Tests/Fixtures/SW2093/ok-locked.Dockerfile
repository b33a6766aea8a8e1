FROM centos:7
RUN useradd -r app && passwd -l root
RUN echo 'root:hunter2' | chpasswd
RUN echo chpasswd
