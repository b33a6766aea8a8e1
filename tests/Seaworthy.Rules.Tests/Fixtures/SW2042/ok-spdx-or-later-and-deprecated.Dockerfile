FROM alpine:3.20 AS or-later-and-deprecated
LABEL license="LGPL-2.1+ AND GPL-2.0"
