# compute-pi-go: `make run` builds everything and invokes the Lambda handler
# locally; `make test` runs every test. Both install what they need.
DIGITS ?= 100

.PHONY: build run test test-lambda lambda bench bench-lambda bench-tools bench-compare clean

# npm install builds the Go archive and the addon (scripts/build-addon.js).
build:
	npm install --no-audit --no-fund

run: build
	node scripts/invoke-local.js '{"digits": $(DIGITS)}'

# Every test: the Go and Node tests, then the Lambda zips under the real
# AWS pieces (scripts/lambda-tools.sh installs them).
test: build
	npm test
	$(MAKE) test-lambda

# dist/function-{x86_64,arm64}.zip and the Go twin's dist/function-go-*.zip.
lambda: build
	sh scripts/package-lambda.sh

test-lambda: lambda
	npm run test:lambda

# The Rust spigot it compares with is built offline from Debian's crates
# (make bench-tools), when cargo is there.
bench: build
	if command -v cargo >/dev/null; then cd scripts/bench/spigot-rust && \
		cargo build --release --quiet --target-dir ../../../build/spigot-rust; fi
	node scripts/bench/bench.js

# Cold start and warm invoke of the functions under the emulator.
bench-lambda: lambda
	node scripts/bench/lambda.js

# The other implementations bench-compare measures when they are installed,
# and what make bench builds the Rust spigot with.
bench-tools:
	apt-get update -qq
	apt-get install -y pi python3-mpmath python3-gmpy2 cargo librust-num-bigint-dev

# Writes scripts/bench/results/compare.md and compare.svg.
bench-compare: build
	node scripts/bench/compare.js

clean:
	rm -rf build node_modules dist
