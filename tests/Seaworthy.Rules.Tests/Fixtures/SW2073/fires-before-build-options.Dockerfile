FROM ruby:3.3-slim
RUN gem install nokogiri --no-document -- --use-system-libraries
RUN gem install --user-install --conservative rake pg:1.5.9
# expect SW2073 2:17-2:25 gem installs 'nokogiri' without a version: pin it ('nokogiri:1.2.3' or --version 1.2.3)
# expect SW2073 3:47-3:51 gem installs 'rake' without a version: pin it ('rake:1.2.3' or --version 1.2.3)
