FROM python:3.12-slim
COPY app.py app/
ADD vendor.tar.gz vendor/
# expect SW2028 2:13-2:17 COPY to the relative destination 'app/' while no WORKDIR is set in stage 0: where it lands depends on the base image's working directory
# expect SW2028 3:19-3:26 ADD to the relative destination 'vendor/' while no WORKDIR is set in stage 0: where it lands depends on the base image's working directory
