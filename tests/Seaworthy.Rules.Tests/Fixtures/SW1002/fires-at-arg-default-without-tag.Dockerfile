ARG BASE=python
# expect SW1002 1:10-1:16 Stage 0 uses image 'python' without a tag, so every build may get a different image ('${BASE}' with its ARG defaults)
FROM ${BASE}
