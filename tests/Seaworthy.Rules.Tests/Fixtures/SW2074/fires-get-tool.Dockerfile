FROM golang:1.24
WORKDIR /src
RUN go get -tool stringer && go get -tool golang.org/x/tools/cmd/stringer@latest
# expect SW2074 3:18-3:26 go get fetches 'stringer' without a fixed version: pin it ('stringer@v1.2.3')
# expect SW2074 3:43-3:81 go get fetches 'golang.org/x/tools/cmd/stringer@latest' without a fixed version: pin it ('golang.org/x/tools/cmd/stringer@v1.2.3')
