# A fragment meant to be pasted after a FROM: on its own nothing is in a stage.
WORKDIR /app
COPY . .
# expect SW2021 2:1-2:8 WORKDIR is not inside a build stage: only ARG may come before the first FROM (BuildKit fails with "no build stage in current context")
# expect SW2021 3:1-3:5 COPY is not inside a build stage: only ARG may come before the first FROM (BuildKit fails with "no build stage in current context")
