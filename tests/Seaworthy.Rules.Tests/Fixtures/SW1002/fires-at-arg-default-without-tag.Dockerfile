ARG BASE=python
# expect SW1002 1:10-1:16
FROM ${BASE}
