FROM ruby:3.3-slim
RUN gem install nokogiri:1.16.7 -- --use-system-libraries --with-xml2-dir /usr
RUN gem install mysql2:0.5.6 --with-mysql-config /usr/bin/mysql_config
RUN gem install pg:1.5.9 --no-document -- --with-pg-config=/usr/bin/pg_config
