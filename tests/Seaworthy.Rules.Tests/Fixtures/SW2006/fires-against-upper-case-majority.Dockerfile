# expect SW2006 2:1-2:5 Instruction 'from' should match the casing of the majority of instructions (uppercase)
from alpine
COPY a /a
COPY b /b
COPY c /c
