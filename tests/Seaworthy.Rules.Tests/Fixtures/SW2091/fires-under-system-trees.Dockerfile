FROM alpine:3.20
WORKDIR /proc/self/fd/1
WORKDIR "/dev/shm/app"
WORKDIR /sys/fs/cgroup/
WORKDIR /boot/efi
WORKDIR /lost+found/x
# expect SW2091 2:9-2:24 WORKDIR /proc/self/fd/1 is under /proc, a tree the system owns: what the build and the application write there mixes with the operating system's files
# expect SW2091 3:9-3:23 WORKDIR /dev/shm/app is under /dev, a tree the system owns: what the build and the application write there mixes with the operating system's files
# expect SW2091 4:9-4:24 WORKDIR /sys/fs/cgroup/ is under /sys, a tree the system owns: what the build and the application write there mixes with the operating system's files
# expect SW2091 5:9-5:18 WORKDIR /boot/efi is under /boot, a tree the system owns: what the build and the application write there mixes with the operating system's files
# expect SW2091 6:9-6:22 WORKDIR /lost+found/x is under /lost+found, a tree the system owns: what the build and the application write there mixes with the operating system's files
