# compute-pi-go: `make run` builds everything and invokes the Lambda handler
# locally; `make test` runs every test. Both install what they need.
DIGITS ?= 100

.PHONY: build run test bench clean

# npm install builds the Go archive and the addon (scripts/build-addon.js).
build:
	npm install --no-audit --no-fund

run: build
	node scripts/invoke-local.js '{"digits": $(DIGITS)}'

test: build
	npm test

bench: build
	node scripts/bench/bench.js

clean:
	rm -rf build node_modules dist
