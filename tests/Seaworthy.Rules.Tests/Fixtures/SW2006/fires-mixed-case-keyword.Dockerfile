# expect SW2006 2:1-2:5 Instruction 'From' should match the casing of the majority of instructions (uppercase)
From alpine as base
FROM alpine AS other
