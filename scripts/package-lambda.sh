#!/bin/sh
# make lambda: from the npm packages in dist/npm (make packages), writes
#   dist/function-x86_64.zip, dist/function-arm64.zip   the Node function,
#       bundled by esbuild with that architecture's stripped compute_pi.node;
#   dist/layer-x86_64.zip, dist/layer-arm64.zip   a Lambda layer holding
#       nodejs/node_modules/compute-pi-go and that architecture's binary;
#   dist/function-layered.zip   the Node function without compute-pi-go, for
#       either architecture, to run with one of the layers;
#   dist/function-go-x86_64.zip, dist/function-go-arm64.zip   the Go twin's
#       bootstrap for provided.al2023.
set -eu
cd "$(dirname "$0")/.."
version=$(node -p "require('./package.json').version")
rm -rf dist/lambda-* dist/layer-* dist/function-*
for arch in x86_64 arm64; do
  case $arch in
    x86_64) cpu=x64 goarch=amd64 ;;
    arm64) cpu=arm64 goarch=arm64 ;;
  esac
  # The layer: the packages unpacked as npm lays them out.
  modules=dist/layer-$arch/nodejs/node_modules
  mkdir -p "$modules/compute-pi-go" "$modules/@compute-pi-go/linux-$cpu-gnu"
  tar -xzf "dist/npm/compute-pi-go-$version.tgz" -C "$modules/compute-pi-go" --strip-components=1
  tar -xzf "dist/npm/compute-pi-go-linux-$cpu-gnu-$version.tgz" -C "$modules/@compute-pi-go/linux-$cpu-gnu" --strip-components=1
  (cd "dist/layer-$arch" && zip -q -9 -X -r "../layer-$arch.zip" nodejs)

  out=dist/lambda-$arch
  node scripts/bundle-lambda.js "$out" "$modules"
  (cd "$out" && zip -q -9 -X -r "../function-$arch.zip" .)

  go=dist/lambda-go-$arch
  mkdir -p "$go"
  CGO_ENABLED=0 GOOS=linux GOARCH=$goarch GOFLAGS=-buildvcs=false \
    go build -trimpath -ldflags=-s -tags lambda.norpc -o "$go/bootstrap" ./lambda/go
  (cd "$go" && zip -q -9 -X "../function-go-$arch.zip" bootstrap)
done
node scripts/bundle-lambda.js --external dist/lambda-layered dist/layer-x86_64/nodejs/node_modules
(cd dist/lambda-layered && zip -q -9 -X -r ../function-layered.zip .)
ls -l dist/*.zip
