#!/bin/sh
# Copies what building the addon needs into DIR (emptied first), with the
# checkout's node_modules linked in, for a build that must not touch
# native/build: the arm64 cross build (build-arm64.sh) and the sanitizer
# build (sanitize.sh). Usage: stage-sources.sh DIR
set -eu
cd "$(dirname "$0")/.."
stage=$1
rm -rf "$stage" && mkdir -p "$stage/scripts"
cp -r go.mod go.sum native pkg package.json "$stage/"
rm -rf "$stage/native/build" "$stage/native/deps"
cp scripts/build-addon.js scripts/build-go-archive.sh "$stage/scripts/"
ln -s "$(pwd)/node_modules" "$stage/node_modules"
