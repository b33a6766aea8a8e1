FROM alpine:3.20
COPY app.jar
ADD <<EOF
data
EOF
COPY app.conf <<EOF
data
EOF
# expect SW2034 2:6-2:13 COPY requires at least two arguments, but only one was provided. Destination could not be determined
# expect SW2034 3:5-3:10 ADD requires at least two arguments, but only one was provided. Destination could not be determined
# expect SW2034 6:15-6:20 COPY cannot accept a heredoc as a destination
