# expect SW2004 2:16-2:26 Stage name 'BuildStage' should be lowercase: BuildKit names the stage 'buildstage'
FROM alpine AS BuildStage
RUN true
