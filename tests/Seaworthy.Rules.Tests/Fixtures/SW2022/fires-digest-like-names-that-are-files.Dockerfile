FROM debian:bookworm-slim
ADD file:notes.txt in /srv/
ADD file:a3cb217d0751217ddd2d6b7ab11d53c0284772329313b12db8061c301cf5aeb7 in extra /srv/
# expect SW2022 2:5-2:19 ADD 'file:notes.txt' copies a local file or folder that is not a tar archive: use COPY, which never downloads or unpacks anything
# expect SW2022 2:20-2:22 ADD 'in' copies a local file or folder that is not a tar archive: use COPY, which never downloads or unpacks anything
# expect SW2022 3:5-3:74 ADD 'file:a3cb217d0751217ddd2d6b7ab11d53c0284772329313b12db8061c301cf5aeb7' copies a local file or folder that is not a tar archive: use COPY, which never downloads or unpacks anything
# expect SW2022 3:75-3:77 ADD 'in' copies a local file or folder that is not a tar archive: use COPY, which never downloads or unpacks anything
# expect SW2022 3:78-3:83 ADD 'extra' copies a local file or folder that is not a tar archive: use COPY, which never downloads or unpacks anything
