FROM fedora:40
RUN sudo dnf install -y jq-1.7.1
# expect SW2061 2:10-2:13 dnf install leaves its cache in the image: run 'dnf clean all' later in the same RUN
