from alpine
# expect SW2007 3:1-3:11
maintainer someone@example.com
