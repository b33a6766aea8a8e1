FROM ghcr.io/other/app:1.0
# expect SW1005 1:6-1:27
