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
# A bounded run of each fuzz target beyond its seeds (which go test ran above):
# a fixed number of cases, so the work done does not depend on the machine.
go test -count=1 -run='^$' -fuzz='^FuzzFill$' -fuzztime=20000x ./pkg/pi
go test -count=1 -run='^$' -fuzz='^FuzzDigits$' -fuzztime=20000x ./native/capi
# A bounded run of the Lambda request fuzz target, from the shared corpus
# (lambda/test/events.json) and lambda/go/testdata/fuzz/.
go test -count=1 -run='^$' -fuzz=FuzzRequest -fuzztime=20000x ./lambda/go
# The library on 32-bit words too (386 runs natively here): there block and
# the spigot's estimate take their 32-bit paths, and mul uses no transform.
GOARCH=386 go test -count=1 ./pkg/pi
