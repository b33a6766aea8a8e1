FROM alpine:3.20 AS with-exception
LABEL license="GPL-2.0-or-later WITH Classpath-exception-2.0"
