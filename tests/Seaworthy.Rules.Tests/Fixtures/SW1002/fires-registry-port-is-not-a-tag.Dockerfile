FROM localhost:5000/team/app
# expect SW1002 1:6-1:29
