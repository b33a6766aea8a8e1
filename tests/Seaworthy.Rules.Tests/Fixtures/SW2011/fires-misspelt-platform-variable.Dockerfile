# expect SW2011 2:17-2:31 FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?): FROM sees only ARGs declared before the first FROM and the automatic platform ARGs
FROM --platform=$BULIDPLATFORM alpine
