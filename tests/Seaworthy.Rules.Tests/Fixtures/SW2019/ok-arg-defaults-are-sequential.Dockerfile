FROM scratch
ARG A=1 B=$A
