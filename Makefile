# compute-pi-go: `make run` builds everything and invokes the Lambda handler
# locally; `make test` runs every test. Both install what they need, and a
# target whose outputs are up to date returns at once.
DIGITS ?= 100
VERSION := $(shell node -p "require('./package.json').version")

# What the addon is built from, and where it goes.
GO_SOURCES := go.mod go.sum native/capi/compute_pi.h \
	$(filter-out %_test.go,$(wildcard native/capi/*.go pkg/*/*.go))
ADDON_SOURCES := $(GO_SOURCES) native/binding.gyp $(wildcard native/src/*) \
	scripts/build-addon.js scripts/build-go-archive.sh
ADDON := native/build/Release/compute_pi.node
ADDON_ARM64 := build/arm64/native/build/Release/compute_pi.node
DEPS := node_modules/.package-lock.json
PACKAGES := dist/npm/compute-pi-go-$(VERSION).tgz
LAMBDA := dist/function-x86_64.zip

.PHONY: build run soak test test-runtimes test-lambda test-package packages lambda sanitize bench bench-lambda bench-tools bench-compare clean

build: $(ADDON)

run: build
	node scripts/invoke-local.js '{"digits": $(DIGITS)}'

# Every test: the Go and Node tests from this checkout, the JS tests again on
# each tested Node major and a smoke test under Bun (scripts/runtimes.sh), the
# Lambda zips under the real AWS pieces and on each Node major, the npm
# packages through a local registry, and the JS tests again against an
# addon built with AddressSanitizer and UndefinedBehaviorSanitizer.
test: build $(LAMBDA)
	npm test
	npm run test:runtimes
	npm run test:lambda
	npm run test:package
	sh scripts/sanitize.sh

test-runtimes: build
	npm run test:runtimes

test-lambda: $(LAMBDA)
	npm run test:lambda

test-package: $(PACKAGES)
	npm run test:package

# dist/npm/*.tgz: the main package and one package per platform.
packages: $(PACKAGES)

# dist/function-*.zip, dist/layer-*.zip (scripts/package-lambda.sh).
lambda: $(LAMBDA)

$(DEPS): package.json package-lock.json
	npm install --no-audit --no-fund
	touch $@

$(ADDON): $(DEPS) $(ADDON_SOURCES)
	npm run build

$(ADDON_ARM64): $(DEPS) $(ADDON_SOURCES) scripts/build-arm64.sh scripts/stage-sources.sh
	sh scripts/build-arm64.sh

$(PACKAGES): $(ADDON) $(ADDON_ARM64) scripts/packages.js package.json README.md LICENSE $(wildcard js/*.js js/*.d.ts)
	node scripts/packages.js $(ADDON) $(ADDON_ARM64)

$(LAMBDA): $(PACKAGES) scripts/package-lambda.sh scripts/bundle-lambda.js $(wildcard lambda/*.js lambda/go/*.go)
	sh scripts/package-lambda.sh

# The Node tests against an addon built with ASan and UBSan (build/sanitize).
sanitize: $(DEPS) $(ADDON_SOURCES)
	sh scripts/sanitize.sh

# The Rust spigot it compares with is built offline from Debian's crates
# (make bench-tools), when cargo is there.
bench: build
	if command -v cargo >/dev/null; then cd scripts/bench/spigot-rust && \
		cargo build --release --quiet --target-dir ../../../build/spigot-rust; fi
	node scripts/bench/bench.js

# 10,000 mixed invokes of the x86_64 function under the emulator, every
# answer checked; prints the runtime's RSS curve (several minutes).
soak: lambda
	node scripts/soak.js

# Cold start and warm invoke of the functions under the emulator.
bench-lambda: $(LAMBDA)
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
	rm -rf build native/build native/deps node_modules dist
