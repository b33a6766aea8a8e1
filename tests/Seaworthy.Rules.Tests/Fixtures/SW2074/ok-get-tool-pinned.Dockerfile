FROM golang:1.24
WORKDIR /src
RUN go get -tool golang.org/x/tools/cmd/stringer@v0.29.0 && go get -tool ./internal/gen
RUN go get -u ./... && go tool stringer -type=Kind
