# expect SW2004 2:16-2:26
FROM alpine AS BuildStage
RUN true
