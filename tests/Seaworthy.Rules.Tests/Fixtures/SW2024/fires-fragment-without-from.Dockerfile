# A fragment without FROM, as hadolint lints it: no stage precedes these COPYs.
COPY --from=0 /out/app /usr/local/bin/app
COPY --from=builder /out/tool /usr/local/bin/tool
COPY --from=golang:1.23 /usr/local/go/bin/go /usr/local/bin/go
# expect SW2024 2:13-2:14 COPY --from=0 is not a stage index: the file has 0 stages, so the build fails
# expect SW2024 3:13-3:20 COPY --from=builder names no stage of this file and does not look like an image (no tag, digest or registry): BuildKit would pull an image of that name
