#!/bin/sh
# Setup the extraction tests need on a fresh machine: the system ICU library that icu.net
# loads for traditional → simplified Chinese (TraditionalChineseTests fail loudly without it).
# Idempotent. The on-demand benchmark also wants python3-jieba; CI does not run it.
set -eu
if ! ls /usr/lib/*/libicuuc.so* /usr/lib/libicuuc.so* >/dev/null 2>&1; then
  apt-get update
  apt-get install -y --no-install-recommends libicu-dev
fi
