# expect SW2005 2:13-2:15 'AS' and 'from' keywords' casing do not match
from alpine AS build
run true
