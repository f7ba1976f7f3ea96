# compute-pi-go: `make run` builds everything and invokes the Lambda handler
# locally; `make test` runs every test. Both install what they need.
DIGITS ?= 100

.PHONY: build run test bench bench-tools bench-compare clean

# npm install builds the Go archive and the addon (scripts/build-addon.js).
build:
	npm install --no-audit --no-fund

run: build
	node scripts/invoke-local.js '{"digits": $(DIGITS)}'

test: build
	npm test

bench: build
	node scripts/bench/bench.js

# The other implementations bench-compare measures when they are installed.
bench-tools:
	apt-get install -y pi python3-mpmath python3-gmpy2

# Writes scripts/bench/results/compare.md and compare.svg.
bench-compare: build
	node scripts/bench/compare.js

clean:
	rm -rf build node_modules dist
