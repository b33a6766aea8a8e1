FROM ubuntu:24.04
RUN service nginx start && sudo ps aux
# expect SW2083 2:5-2:12 'service' in RUN makes no sense in an image build: services started during a build do not run in the container
# expect SW2083 2:33-2:35 'ps' in RUN makes no sense in an image build: no process outlives the RUN that started it
RUN ["vim", "/etc/hosts"]
# expect SW2083 5:6-5:11 'vim' in RUN makes no sense in an image build: it is interactive
