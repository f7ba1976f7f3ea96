'use strict';
// pnpm, Yarn Berry (Plug'n'Play and node_modules) and Yarn 1 install the
// published packages from the local registry, with nothing but node on PATH
// for the plain installs, and the README's cross-install recipes for pnpm and
// Yarn give a bundle that runs on arm64 Node 22 under qemu.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { Registry, tarballs } = require('./registry.js');
const { readmeBlock } = require('./readme.js');
const { DIGITS } = require('../../js/test/reference.js');
const { tools } = require('../../lambda/test/deploy/tools.js');

const PNPM = 'pnpm@12.23.0';
const YARN = '@yarnpkg/cli-dist@4.18.1';
const YARN1 = 'yarn@1.22.22';
const PRINT_1000 = "require('compute-pi-go').generate(1000, { format: 'string' }).then((d) => process.stdout.write(d))";
const X64 = '@compute-pi-go/linux-x64-gnu';
const ARM64 = '@compute-pi-go/linux-arm64-gnu';

let registry;
const cli = {};
test.before(() => Registry.start().then((r) => {
  registry = r;
  const { main, platforms } = tarballs();
  for (const tarball of [...platforms, main]) registry.publish(tarball);
  cli.pnpm = registry.tool(PNPM, 'pnpm'); // pnpm 12 is a single executable
  cli.yarn = registry.tool(YARN, 'bin/yarn.js');
  cli.yarn1 = registry.tool(YARN1, 'bin/yarn.js');
}));
test.after(() => registry?.stop());

// The README's app.js and bundling command, in a consumer that installed
// the arm64 binary; the zip unzipped fresh runs under qemu.
function bundleAndRunArm64(consumer) {
  fs.writeFileSync(path.join(consumer.dir, 'app.js'), readmeBlock('app').code);
  const bundle = readmeBlock('bundle-arm64').code.split('\n').filter((line) => !line.startsWith('npm install')).join('\n');
  consumer.sh(bundle);
  const unzipped = path.join(consumer.base, 'unzipped');
  consumer.sh(`mkdir ${unzipped} && cd ${unzipped} && unzip -q ../app/function.zip`);
  assert.deepEqual(fs.readdirSync(unzipped).sort(), ['app.js', 'compute_pi.node']);
  return consumer.sh(`cd ${unzipped} && qemu-aarch64 -L /usr/aarch64-linux-gnu ${tools.node22arm64} -e ` +
    `"require('./app.js').handler({ digits: 100 }).then((r) => console.log(process.arch, JSON.stringify(r)))"`);
}
const ARM64_OUTPUT = `arm64 ${JSON.stringify({ digits: 100, pi: DIGITS.slice(0, 100) })}\n`;

// Where a package landed in a pnpm tree: node_modules/.pnpm/<name>@<version>.
const inPnpmStore = (consumer, pkg) => fs.readdirSync(path.join(consumer.dir, 'node_modules', '.pnpm'))
  .some((entry) => entry.startsWith(`${pkg.replace('/', '+')}@`));

test(`${PNPM}: a plain install loads, with no build script to approve`, () => {
  const consumer = registry.consumer('pnpm');
  const output = consumer.exec(cli.pnpm, 'add', 'compute-pi-go', '--store-dir', path.join(consumer.base, 'store'));
  assert.doesNotMatch(output, /build script|Ignored build/i, output);
  assert.equal(consumer.node('-e', PRINT_1000), DIGITS.slice(0, 1000));
  assert.ok(inPnpmStore(consumer, X64) && !inPnpmStore(consumer, ARM64));
});

test(`${PNPM}: supportedArchitectures for arm64, bundled through pnpm's symlinks, runs under qemu`, () => {
  const consumer = registry.consumer('pnpm-cross', { bare: false });
  fs.writeFileSync(path.join(consumer.dir, 'pnpm-workspace.yaml'), readmeBlock('pnpm-arm64').code);
  consumer.exec(cli.pnpm, 'add', 'compute-pi-go', '--store-dir', path.join(consumer.base, 'store'));
  assert.ok(inPnpmStore(consumer, ARM64) && !inPnpmStore(consumer, X64));
  assert.equal(bundleAndRunArm64(consumer), ARM64_OUTPUT);
});

// A Yarn Berry project: the registry, no global cache, no telemetry, and
// installs that may write the lockfile (CI=true would make them immutable).
function yarnProject(name, settings = '') {
  const consumer = registry.consumer(name, { bare: !settings.includes('supportedArchitectures') });
  fs.writeFileSync(path.join(consumer.dir, 'yarn.lock'), '');
  fs.writeFileSync(path.join(consumer.dir, '.yarnrc.yml'), [
    `npmRegistryServer: "${registry.url.replace(/\/$/, '')}"`,
    'unsafeHttpWhitelist: ["127.0.0.1"]',
    'enableGlobalCache: false',
    'enableTelemetry: false',
    'enableImmutableInstalls: false',
    // Yarn 4 holds back versions younger than a few days; ours are minutes old.
    'npmMinimalAgeGate: 0',
    settings,
  ].join('\n'));
  return consumer;
}

test(`${YARN}: Plug'n'Play (the default) loads and computes`, () => {
  const consumer = yarnProject('yarn-pnp');
  consumer.cli(cli.yarn, 'add', 'compute-pi-go');
  assert.ok(!fs.existsSync(path.join(consumer.dir, 'node_modules')));
  assert.ok(fs.existsSync(path.join(consumer.dir, '.pnp.cjs')));
  // preferUnplugged: the platform package is on disk, not in a zip.
  assert.ok(fs.readdirSync(path.join(consumer.dir, '.yarn', 'unplugged')).some((e) => /compute-pi-go-linux-x64-gnu-npm-/.test(e)));
  assert.equal(consumer.cli(cli.yarn, 'node', '-e', PRINT_1000), DIGITS.slice(0, 1000));
});

test(`${YARN}: nodeLinker node-modules loads and computes`, () => {
  const consumer = yarnProject('yarn-nm', 'nodeLinker: node-modules');
  consumer.cli(cli.yarn, 'add', 'compute-pi-go');
  assert.ok(consumer.installed(X64) && !consumer.installed(ARM64));
  assert.equal(consumer.node('-e', PRINT_1000), DIGITS.slice(0, 1000));
});

test(`${YARN}: supportedArchitectures for arm64, bundled, runs under qemu`, () => {
  const consumer = yarnProject('yarn-cross', `nodeLinker: node-modules\n${readmeBlock('yarn-arm64').code}`);
  consumer.cli(cli.yarn, 'add', 'compute-pi-go');
  assert.ok(consumer.installed(ARM64) && !consumer.installed(X64));
  assert.equal(bundleAndRunArm64(consumer), ARM64_OUTPUT);
});

test(`${YARN1}: a plain install loads`, () => {
  const consumer = registry.consumer('yarn1');
  consumer.cli(cli.yarn1, 'add', 'compute-pi-go', '--registry', registry.url, '--non-interactive', '--no-progress',
    '--cache-folder', path.join(consumer.base, 'yarn-cache'));
  assert.ok(consumer.installed(X64) && !consumer.installed(ARM64));
  assert.equal(consumer.node('-e', PRINT_1000), DIGITS.slice(0, 1000));
});
