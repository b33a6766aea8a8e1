# A fragment without FROM, as hadolint lints one: its base image, and so its working directory, is unknown.
COPY a b
COPY ./bin "etc"
ADD x /srv/x
# expect SW2028 2:8-2:9 COPY to the relative destination 'b' while no WORKDIR is set in this fragment (it has no FROM): where it lands depends on the base image's working directory
# expect SW2028 3:12-3:17 COPY to the relative destination '"etc"' while no WORKDIR is set in this fragment (it has no FROM): where it lands depends on the base image's working directory
