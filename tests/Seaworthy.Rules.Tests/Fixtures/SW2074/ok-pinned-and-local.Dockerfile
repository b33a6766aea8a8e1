FROM golang:1.23
WORKDIR /src
COPY . .
RUN go install github.com/go-delve/delve/cmd/dlv@v1.23.1 \
    && go install -tags netgo golang.org/x/tools/gopls@v0.16.2 ./cmd/... \
    && go get github.com/spf13/cobra@v1.8.1 \
    && go run ./cmd/server github.com/not/a/package \
    && go run main.go \
    && go install cmd/vet std \
    && go build -o /out/app . \
    && go run "$TOOL"
