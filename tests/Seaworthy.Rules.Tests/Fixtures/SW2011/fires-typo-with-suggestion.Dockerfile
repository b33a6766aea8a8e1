ARG VARIANT=alpine
# expect SW2011 3:14-3:23 FROM argument 'VARIANTT' is not declared (did you mean VARIANT?): FROM sees only ARGs declared before the first FROM and the automatic platform ARGs
FROM node:20-$VARIANTT
