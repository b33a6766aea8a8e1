# expect SW2006 2:1-2:5
from alpine
RUN true
