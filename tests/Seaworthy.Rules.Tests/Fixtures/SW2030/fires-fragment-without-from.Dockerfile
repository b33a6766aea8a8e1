RUN useradd app
USER app:app
# expect SW2030 2:6-2:9 The image of this fragment (it has no FROM) runs as 'app', a user name rather than a numeric uid: Kubernetes cannot verify runAsNonRoot for it
