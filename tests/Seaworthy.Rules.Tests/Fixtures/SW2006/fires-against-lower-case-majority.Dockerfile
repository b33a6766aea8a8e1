from alpine
run true
run false
# expect SW2006 5:1-5:5 Instruction 'COPY' should match the casing of the majority of instructions (lowercase)
COPY a /a
