# expect SW2006 2:1-2:5
from alpine
COPY a /a
COPY b /b
COPY c /c
