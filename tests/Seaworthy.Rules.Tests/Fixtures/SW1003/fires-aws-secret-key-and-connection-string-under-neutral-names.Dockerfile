FROM alpine:3.20
ENV BLOB=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
ENV DATABASE="Server=db;Database=app;User Id=sa;Password=Tr0ub4dor-3;"
# expect SW1003 2:10-2:50 Environment variable 'BLOB' holds an AWS secret access key: value ********
# expect SW1003 3:14-3:71 Environment variable 'DATABASE' holds a connection string password: value ********
