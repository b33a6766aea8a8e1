FROM opensuse/leap:15.6
RUN zypper --non-interactive patch --category security
RUN zypper -n si --build-deps-only nginx
# expect SW2065 2:5-2:11 zypper patch leaves its cache in the image: run 'zypper clean --all' later in the same RUN
# expect SW2065 3:5-3:11 zypper si leaves its cache in the image: run 'zypper clean --all' later in the same RUN
