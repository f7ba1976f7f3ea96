'use strict';
// The package as users receive it: every tarball of `make packages`
// published to a local registry, then installed into fresh consumer folders
// the way the README tells users, with nothing on PATH but node and npm.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { Registry, tarballs, version } = require('./registry.js');
const { readmeBlock } = require('./readme.js');
const { DIGITS } = require('../../js/test/reference.js');
const { tools } = require('../../lambda/test/deploy/tools.js');

const X64 = '@compute-pi-go/linux-x64-gnu';
const ARM64 = '@compute-pi-go/linux-arm64-gnu';

let registry;
test.before(async () => {
  registry = await Registry.start();
  const { main, platforms } = tarballs();
  for (const tarball of [...platforms, main]) registry.publish(tarball);
});
test.after(() => registry?.stop());

// A script that loads the package and prints generate(1000) as a string.
const PRINT_1000 = "require('compute-pi-go').generate(1000, { format: 'string' }).then((d) => process.stdout.write(d))";

function assertNoInstallScripts(consumer, output) {
  assert.doesNotMatch(output, /install-scripts|gyp|node-gyp/i, output);
  const lock = JSON.parse(fs.readFileSync(path.join(consumer.dir, 'package-lock.json'), 'utf8'));
  const withScripts = Object.entries(lock.packages).filter(([, entry]) => entry.hasInstallScript).map(([name]) => name);
  assert.deepEqual(withScripts, []);
}

test('the platform tarballs are small and the main one carries no binary and no install script', () => {
  const { main, platforms } = tarballs();
  for (const tarball of platforms) assert.ok(fs.statSync(tarball).size <= 1.5 * 1024 * 1024, tarball);
  const consumer = registry.consumer('inspect', { bare: false });
  const files = consumer.sh(`tar -tzf ${main}`).split('\n').filter(Boolean);
  assert.ok(!files.some((f) => f.endsWith('.node')), files.join(' '));
  assert.ok(!files.includes('package/binding.gyp'));
  assert.ok(files.includes('package/go.sum') && files.includes('package/pkg/heaplimit/heaplimit.go'));
  const manifest = JSON.parse(consumer.sh(`tar -xzOf ${main} package/package.json`));
  assert.deepEqual(Object.keys(manifest.scripts ?? {}).filter((s) => /install/.test(s)), []);
  assert.deepEqual(manifest.optionalDependencies, { [X64]: version, [ARM64]: version });
  for (const [tarball, cpu] of [[platforms[0], 'x64'], [platforms[1], 'arm64']]) {
    const platform = JSON.parse(consumer.sh(`tar -xzOf ${tarball} package/package.json`));
    assert.deepEqual([platform.os, platform.cpu, platform.libc], [['linux'], [cpu], ['glibc']]);
  }
});

test('npm install compute-pi-go: no toolchain, no install script, the right digits', () => {
  const consumer = registry.consumer('plain');
  assert.throws(() => consumer.sh('command -v go || command -v gcc || command -v cc || command -v g++ || command -v python3 || command -v make'));
  const output = consumer.npm('install', 'compute-pi-go');
  assertNoInstallScripts(consumer, output);
  assert.ok(consumer.installed(X64));
  assert.ok(!consumer.installed(ARM64));
  assert.equal(consumer.node('-e', PRINT_1000), DIGITS.slice(0, 1000));

  // The README's "Use" example, pasted into a file, prints what the README says.
  for (const [name, file] of [['use', 'use.js'], ['esm', 'esm.mjs']]) {
    const { code, output: expected } = readmeBlock(name);
    fs.writeFileSync(path.join(consumer.dir, file), code);
    assert.equal(consumer.node(file), expected, name);
  }
});

test('npm 12 (on Node 22) installs it with --strict-allow-scripts and it loads', () => {
  const consumer = registry.consumer('npm12', { node: tools.node22, npmCli: registry.tool('npm@12.2.2', 'bin/npm-cli.js') });
  assert.match(consumer.npm('--version'), /^12\./);
  const output = consumer.npm('install', '--strict-allow-scripts', 'compute-pi-go');
  assertNoInstallScripts(consumer, output);
  assert.equal(consumer.node('-e', PRINT_1000), DIGITS.slice(0, 1000));
});

test('a cross-install for arm64, bundled as the README says, runs on Node 22 arm64 under qemu', (t) => {
  const consumer = registry.consumer('cross', { bare: false });
  const { code: app } = readmeBlock('app');
  fs.writeFileSync(path.join(consumer.dir, 'app.js'), app);
  const { code: recipe } = readmeBlock('bundle-arm64');
  consumer.sh(recipe);
  assert.ok(consumer.installed(ARM64));
  assert.ok(!consumer.installed(X64));

  const unzipped = path.join(consumer.dir, '..', 'unzipped');
  consumer.sh(`mkdir ${unzipped} && cd ${unzipped} && unzip -q ../app/function.zip`);
  assert.deepEqual(fs.readdirSync(unzipped).sort(), ['app.js', 'compute_pi.node']);
  const out = consumer.sh(`cd ${unzipped} && qemu-aarch64 -L /usr/aarch64-linux-gnu ${tools.node22arm64} -e ` +
    `"require('./app.js').handler({ digits: 100 }).then((r) => console.log(process.arch, JSON.stringify(r)))"`);
  t.diagnostic(`arm64 bundle under qemu: ${out.trim()}`);
  assert.equal(out, `arm64 ${JSON.stringify({ digits: 100, pi: DIGITS.slice(0, 100) })}\n`);

  // npm ci from the lockfile of a plain install on this x64 machine.
  const plain = registry.consumer('lock');
  plain.npm('install', 'compute-pi-go');
  const ci = registry.consumer('ci');
  fs.copyFileSync(path.join(plain.dir, 'package.json'), path.join(ci.dir, 'package.json'));
  fs.copyFileSync(path.join(plain.dir, 'package-lock.json'), path.join(ci.dir, 'package-lock.json'));
  ci.npm('ci', '--os=linux', '--cpu=arm64', '--libc=glibc');
  assert.ok(ci.installed(ARM64));
  assert.ok(!ci.installed(X64));
});

test('with --omit=optional the load error says what to do, and the source build works', () => {
  const consumer = registry.consumer('omit', { bare: false });
  consumer.npm('install', '--omit=optional', 'compute-pi-go');
  assert.ok(!consumer.installed(X64));
  let error;
  try {
    consumer.node('-e', "require('compute-pi-go')");
  } catch (e) {
    error = e.stderr;
  }
  assert.ok(error, 'loading must fail');
  assert.match(error, /ERR_COMPUTE_PI_LOAD/);
  assert.match(error, /linux-x64-gnu/);
  assert.match(error, /--include=optional/);
  assert.match(error, /npm install --os=linux --cpu=arm64 --libc=glibc compute-pi-go/);
  assert.match(error, /npm\/cli#4828/);
  assert.match(error, /npm explore compute-pi-go -- npm run build/);

  const { code: build } = readmeBlock('build-from-source');
  consumer.sh(build);
  assert.equal(consumer.node('-e', PRINT_1000), DIGITS.slice(0, 1000));
});

test('TypeScript 5.9 and 7 type it under --strict with node16 and bundler resolution', () => {
  const consumer = registry.consumer('types', { bare: false });
  consumer.npm('install', 'compute-pi-go', 'typescript@5.9.3', 'ts7@npm:typescript@7.0.2', '@types/node@20');
  fs.writeFileSync(path.join(consumer.dir, 'use.ts'), fs.readFileSync(path.join(__dirname, 'fixtures', 'use.ts')));
  fs.writeFileSync(path.join(consumer.dir, 'misuse.ts'), fs.readFileSync(path.join(__dirname, 'fixtures', 'misuse.ts')));
  fs.writeFileSync(path.join(consumer.dir, 'esm.mts'), fs.readFileSync(path.join(__dirname, 'fixtures', 'esm.mts')));
  for (const tsc of ['typescript', 'ts7']) {
    for (const settings of [['--module', 'node16'], ['--module', 'preserve', '--moduleResolution', 'bundler']]) {
      const args = [`node_modules/${tsc}/bin/tsc`, '--strict', '--noEmit', ...settings];
      consumer.node(...args, 'use.ts', 'esm.mts');
      let failed;
      try {
        consumer.node(...args, 'misuse.ts');
      } catch (e) {
        failed = e.stdout;
      }
      assert.ok(failed, `${tsc} ${settings.join(' ')}: misuse.ts must not compile`);
      for (const line of fs.readFileSync(path.join(__dirname, 'fixtures', 'misuse.ts'), 'utf8').split('\n').entries()) {
        if (line[1].includes('// error')) assert.match(failed, new RegExp(`misuse\\.ts\\(${line[0] + 1},`), `${tsc}: line ${line[0] + 1}`);
      }
    }
  }
});
