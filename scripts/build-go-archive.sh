#!/bin/sh
# Builds the Go archive (native/capi) for node-gyp: build-go-archive.sh OUT ARCH
# OUT is the .a to write; ARCH is node-gyp's target_arch (x64 or arm64).
# For a cross build, set CC to the target's C compiler.
set -eu
mkdir -p "$(dirname "$1")"
out=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
case $2 in
  x64) goarch=amd64 ;;
  arm64) goarch=arm64 ;;
  *) echo "build-go-archive.sh: unsupported arch '$2'" >&2; exit 1 ;;
esac
cd "$(dirname "$0")/.."
CGO_ENABLED=1 GOOS=linux GOARCH=$goarch GOFLAGS=-buildvcs=false \
  go build -buildmode=c-archive -trimpath -o "$out" ./native/capi
