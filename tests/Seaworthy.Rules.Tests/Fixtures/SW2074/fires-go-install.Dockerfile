FROM golang:1.23
RUN go install -ldflags "-s -w" github.com/go-delve/delve/cmd/dlv \
    && go install golang.org/x/tools/gopls@latest \
    && go get -u github.com/spf13/cobra@none \
    && go run github.com/swaggo/swag/cmd/swag init
# expect SW2074 2:33-2:66 go install fetches 'github.com/go-delve/delve/cmd/dlv' without a fixed version: pin it ('github.com/go-delve/delve/cmd/dlv@v1.2.3')
# expect SW2074 3:19-3:50 go install fetches 'golang.org/x/tools/gopls@latest' without a fixed version: pin it ('golang.org/x/tools/gopls@v1.2.3')
# expect SW2074 4:18-4:45 go get fetches 'github.com/spf13/cobra@none' without a fixed version: pin it ('github.com/spf13/cobra@v1.2.3')
# expect SW2074 5:15-5:46 go run fetches 'github.com/swaggo/swag/cmd/swag' without a fixed version: pin it ('github.com/swaggo/swag/cmd/swag@v1.2.3')
