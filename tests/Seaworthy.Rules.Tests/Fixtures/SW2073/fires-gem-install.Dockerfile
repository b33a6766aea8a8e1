FROM ruby:3.3-slim
RUN gem install bundler rails:8.0.1 --no-document \
    && gem i -N "nokogiri"
# expect SW2073 2:17-2:24 gem installs 'bundler' without a version: pin it ('bundler:1.2.3' or --version 1.2.3)
# expect SW2073 3:17-3:27 gem installs 'nokogiri' without a version: pin it ('nokogiri:1.2.3' or --version 1.2.3)
