FROM golang:1.23
RUN go install -ldflags "-s -w" github.com/go-delve/delve/cmd/dlv \
    && go install golang.org/x/tools/gopls@latest \
    && go get -u github.com/spf13/cobra@none \
    && go run github.com/swaggo/swag/cmd/swag init
# expect SW2074 2:33-2:66
# expect SW2074 3:19-3:50
# expect SW2074 4:18-4:45
# expect SW2074 5:15-5:46
