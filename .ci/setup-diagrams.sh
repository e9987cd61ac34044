#!/usr/bin/env bash
# Tools the diagram tests need: Graphviz (dot accepts our DOT), Debian's Chromium (driven by
# Playwright for the HTML page; Playwright's own browser download cannot work here) and CJK
# fonts so Chinese labels render in screenshots. Idempotent: installs only what is missing.
set -euo pipefail
need=()
command -v dot >/dev/null 2>&1 || need+=(graphviz)
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
dot -V
/usr/bin/chromium --version

# Mermaid's own renderer, to check in Chromium that our Mermaid text parses (npm registry
# package, unpacked outside the repository; nothing is vendored).
mermaid_dir=/opt/kgraph-tools/mermaid-11.17.2
if [ ! -f "$mermaid_dir/package/dist/mermaid.min.js" ]; then
  command -v npm >/dev/null 2>&1 || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; }
  mkdir -p "$mermaid_dir"
  (cd "$mermaid_dir" && npm pack mermaid@11.17.2 --silent >/dev/null && tar xzf mermaid-11.17.2.tgz)
fi
ls "$mermaid_dir/package/dist/mermaid.min.js"
