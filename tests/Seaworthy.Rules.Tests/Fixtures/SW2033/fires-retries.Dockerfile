FROM nginx:1.27
HEALTHCHECK --retries=-1 CMD curl -f http://localhost/
HEALTHCHECK --retries=three CMD curl -f http://localhost/
# expect SW2033 2:23-2:25 --retries cannot be negative (-1)
# expect SW2033 3:23-3:28 --retries=three is not a whole number
