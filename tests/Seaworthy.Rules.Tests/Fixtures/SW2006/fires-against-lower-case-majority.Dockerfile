from alpine
run true
run false
# expect SW2006 5:1-5:5
COPY a /a
