FROM alpine:3.20 AS no-such-day
LABEL created=2024-02-30T00:00:00Z

FROM alpine:3.20 AS hour-24
LABEL created=2024-01-02T24:00:00Z

FROM alpine:3.20 AS short-offset
LABEL created=2024-01-02T03:04:05+2:00

FROM alpine:3.20 AS space-for-t
LABEL created="2024-01-02 03:04:05Z"
# expect SW2042 2:15-2:35 Label 'created' is not a valid rfc3339 value: '2024-02-30T00:00:00Z'
# expect SW2042 5:15-5:35 Label 'created' is not a valid rfc3339 value: '2024-01-02T24:00:00Z'
# expect SW2042 8:15-8:39 Label 'created' is not a valid rfc3339 value: '2024-01-02T03:04:05+2:00'
# expect SW2042 11:15-11:37 Label 'created' is not a valid rfc3339 value: '2024-01-02 03:04:05Z'
