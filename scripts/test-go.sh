#!/bin/sh
# The Go side's checks: formatting, vet, and the tests.
set -eu
cd "$(dirname "$0")/.."
unformatted=$(gofmt -l pkg native lambda 2>/dev/null || true)
if [ -n "$unformatted" ]; then
  echo "gofmt would change: $unformatted" >&2
  exit 1
fi
go vet ./...
go test -count=1 ./...
# A bounded run of the Lambda request fuzz target, from the shared corpus
# (lambda/test/events.json) and lambda/go/testdata/fuzz/.
go test -run='^$' -fuzz=FuzzRequest -fuzztime=20000x ./lambda/go
