FROM registry.corp.example/base/python:3.13
FROM corp.example/tools:1
