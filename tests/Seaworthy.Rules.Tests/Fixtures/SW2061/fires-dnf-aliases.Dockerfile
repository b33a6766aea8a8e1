FROM fedora:41
RUN dnf -y in nginx-1.26.2
RUN dnf -y reinstall ca-certificates-2024.2.69 && dnf -y rei tzdata-2024b
RUN dnf upgrade -y
RUN dnf up -y --refresh \
 && microdnf -y upgrade-minimal \
 && dnf -y up-min --security
# expect SW2061 2:5-2:8 dnf in leaves its cache in the image: run 'dnf clean all' later in the same RUN
# expect SW2061 3:5-3:8 dnf reinstall leaves its cache in the image: run 'dnf clean all' later in the same RUN
# expect SW2061 3:51-3:54 dnf rei leaves its cache in the image: run 'dnf clean all' later in the same RUN
# expect SW2061 4:5-4:8 dnf upgrade leaves its cache in the image: run 'dnf clean all' later in the same RUN
# expect SW2061 5:5-5:8 dnf up leaves its cache in the image: run 'dnf clean all' later in the same RUN
# expect SW2061 6:5-6:13 microdnf upgrade-minimal leaves its cache in the image: run 'microdnf clean all' later in the same RUN
# expect SW2061 7:5-7:8 dnf up-min leaves its cache in the image: run 'dnf clean all' later in the same RUN
