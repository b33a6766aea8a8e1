# A fragment meant to be pasted after a FROM: on its own nothing is in a stage.
WORKDIR /app
COPY . .
# expect SW2021 2:1-2:8
# expect SW2021 3:1-3:5
