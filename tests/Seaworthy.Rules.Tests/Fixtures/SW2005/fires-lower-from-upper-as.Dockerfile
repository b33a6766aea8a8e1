# expect SW2005 2:13-2:15
from alpine AS build
run true
