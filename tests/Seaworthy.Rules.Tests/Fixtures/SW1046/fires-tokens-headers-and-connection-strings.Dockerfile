FROM alpine:3.20
RUN curl -fsS -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c" https://example.com/a
RUN export TOKEN=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB && ./fetch.sh
RUN ./migrate --connection "Server=db;Database=app;User Id=sa;Password=Tr0ub4dor-3;"
RUN aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
# expect SW1046 2:41-2:149 RUN holds a JSON Web Token, value ********: anyone who can read the file or the image can use it; pass it at run time from a secret store
# expect SW1046 3:18-3:60 RUN holds a GitHub token, value ghp_****************: anyone who can read the file or the image can use it; pass it at run time from a secret store
# expect SW1046 4:72-4:83 RUN holds a connection string password, value ********: anyone who can read the file or the image can use it; pass it at run time from a secret store
# expect SW1046 5:45-5:85 RUN holds an AWS secret access key, value ********: anyone who can read the file or the image can use it; pass it at run time from a secret store
