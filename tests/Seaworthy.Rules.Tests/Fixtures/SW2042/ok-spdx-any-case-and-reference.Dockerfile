FROM alpine:3.20 AS any-case-and-reference
LABEL license="mit AND LicenseRef-acme-internal"
