FROM alpine:3.20 AS no-such-day
LABEL created=2024-02-30T00:00:00Z
# expect SW2042 2:15-2:35 Label 'created' is not a valid rfc3339 value: '2024-02-30T00:00:00Z'
