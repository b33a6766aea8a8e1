FROM debian:12
RUN ln -sf /bin/bash /bin/sh
# expect SW2084 2:22-2:29 'ln' replaces /bin/sh: use SHELL to choose the shell of RUN instructions
RUN rm /bin/sh && ln -s "/bin/bash" "/bin/sh"
# expect SW2084 4:37-4:46 'ln' replaces /bin/sh: use SHELL to choose the shell of RUN instructions
