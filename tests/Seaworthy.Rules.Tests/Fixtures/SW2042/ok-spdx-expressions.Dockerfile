FROM alpine:3.20 AS dual
LABEL license="MIT OR Apache-2.0"

FROM alpine:3.20 AS with-exception
LABEL license="GPL-2.0-or-later WITH Classpath-exception-2.0"

FROM alpine:3.20 AS nested
LABEL license="(MIT AND BSD-3-Clause) OR (Apache-2.0 WITH LLVM-exception)"

FROM alpine:3.20 AS or-later-and-deprecated
LABEL license="LGPL-2.1+ AND GPL-2.0"

FROM alpine:3.20 AS any-case-and-reference
LABEL license="mit AND LicenseRef-acme-internal"
