FROM ruby:3.3-slim
COPY vendor/ /vendor/
RUN gem install bundler:2.5.23 rails:8.0.1 --no-document \
    && gem install nokogiri -v 1.16.7 \
    && gem install --version '~> 7.1' activesupport \
    && gem install /vendor/local-1.0.0.gem "$EXTRA_GEM" \
    && gem install --file Gemfile \
    && gem update --system \
    && gem list
