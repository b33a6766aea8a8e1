FROM alpine
# expect SW2008 3:5-4:11
CMD node \
    app.js
