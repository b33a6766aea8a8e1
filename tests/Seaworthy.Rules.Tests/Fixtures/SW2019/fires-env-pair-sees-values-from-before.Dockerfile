FROM alpine
# expect SW2019 3:11-3:13 Variable '$A' is not defined: it is declared later, by this ENV, which sees only the variables set before it
ENV A=1 B=$A
