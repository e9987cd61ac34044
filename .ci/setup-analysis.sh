#!/usr/bin/env bash
# Installs the reference graph libraries the analysis tests and benchmark compare against:
# NetworkX (analysis cross-check and GraphML/GEXF read-back tests, failing in CI without it)
# and python-igraph (benchmark).
# Idempotent: does nothing when both already import with Debian's Python.
set -euo pipefail

if /usr/bin/python3 -c 'import networkx, igraph' 2>/dev/null; then
  echo "setup-analysis.sh: python3-networkx and python3-igraph already installed"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends python3 python3-networkx python3-igraph python3-scipy >/dev/null
/usr/bin/python3 -c 'import networkx, igraph; print("setup-analysis.sh: networkx", networkx.__version__, "igraph", igraph.__version__)'
