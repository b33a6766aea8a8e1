FROM alpine:3.20 AS nested
LABEL license="(MIT AND BSD-3-Clause) OR (Apache-2.0 WITH LLVM-exception)"
