'use strict';
// js/binding.js as an installed package meets it: the package's js/ and
// package.json copied into a node_modules of a temporary folder, with or
// without a platform package beside it.
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const addon = path.join(root, 'native', 'build', 'Release', 'compute_pi.node');
const { version } = require('../../package.json');
const HERE = `linux-${process.arch}-gnu`;
const OTHER = process.arch === 'x64' ? 'linux-arm64-gnu' : 'linux-x64-gnu';

// A project whose node_modules holds compute-pi-go (no source build) and
// the platform packages given as { target: version }.
function project(t, platforms) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compute-pi-go-loader-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const pkg = path.join(dir, 'node_modules', 'compute-pi-go');
  fs.mkdirSync(path.join(pkg, 'js'), { recursive: true });
  for (const file of fs.readdirSync(path.join(root, 'js')).filter((f) => f.endsWith('.js'))) {
    fs.copyFileSync(path.join(root, 'js', file), path.join(pkg, 'js', file));
  }
  fs.copyFileSync(path.join(root, 'package.json'), path.join(pkg, 'package.json'));
  for (const [target, v] of Object.entries(platforms)) {
    const dirOf = path.join(dir, 'node_modules', '@compute-pi-go', target);
    fs.mkdirSync(dirOf, { recursive: true });
    fs.writeFileSync(path.join(dirOf, 'package.json'), JSON.stringify({ name: `@compute-pi-go/${target}`, version: v, main: 'compute_pi.node' }));
    fs.copyFileSync(addon, path.join(dirOf, 'compute_pi.node'));
  }
  return dir;
}

function load(dir, env = {}) {
  const environment = { ...process.env, ...env };
  if (!('COMPUTE_PI_GO_BINARY' in env)) delete environment.COMPUTE_PI_GO_BINARY;
  return spawnSync(process.execPath, ['-e',
    "require('compute-pi-go').generate(12, { format: 'string' }).then((d) => process.stdout.write(d))"],
  { cwd: dir, env: environment, encoding: 'utf8' });
}

test('it loads this platform\'s package when its version matches', (t) => {
  const { status, stdout, stderr } = load(project(t, { [HERE]: version }));
  assert.equal(status, 0, stderr);
  assert.equal(stdout, '314159265358');
});

test('a platform package of another version is refused, and the error says why', (t) => {
  const { status, stderr } = load(project(t, { [HERE]: '0.0.1' }));
  assert.notEqual(status, 0);
  assert.match(stderr, /ERR_COMPUTE_PI_LOAD/);
  assert.match(stderr, new RegExp(`@compute-pi-go/${HERE}@0\\.0\\.1 is installed, but compute-pi-go is ${version.replace(/\./g, '\\.')}`));
});

test('with no binary, one error names the platform, what was tried and every fix', (t) => {
  const { status, stderr } = load(project(t, {}));
  assert.notEqual(status, 0);
  assert.match(stderr, new RegExp(`no native addon loads on ${HERE} \\(linux, ${process.arch}, glibc [0-9.]+, Node\\.js v`));
  assert.match(stderr, /source build native\/build\/Release\/compute_pi\.node: not built/);
  assert.match(stderr, new RegExp(`@compute-pi-go/${HERE}: not installed`));
  assert.match(stderr, /npm install --include=optional/);
  assert.match(stderr, /npm\/cli#4828/);
  assert.match(stderr, /npm install --os=linux --cpu=\w+ --libc=glibc compute-pi-go/);
  assert.match(stderr, /npm explore compute-pi-go -- npm run build/);
  assert.doesNotMatch(stderr, /Installed instead/);
});

test('it says so when another platform\'s package is installed instead', (t) => {
  const { status, stderr } = load(project(t, { [OTHER]: version }));
  assert.notEqual(status, 0);
  assert.match(stderr, new RegExp(`Installed instead: @compute-pi-go/${OTHER}, which cannot load on ${HERE}`));
});

test('COMPUTE_PI_GO_BINARY comes first, and is then the only candidate', (t) => {
  const dir = project(t, { [HERE]: version });
  const good = load(dir, { COMPUTE_PI_GO_BINARY: addon });
  assert.equal(good.status, 0, good.stderr);
  assert.equal(good.stdout, '314159265358');
  const bad = load(dir, { COMPUTE_PI_GO_BINARY: '/nonexistent/compute_pi.node' });
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /COMPUTE_PI_GO_BINARY=\/nonexistent\/compute_pi\.node: no such file/);
  assert.doesNotMatch(bad.stderr, /@compute-pi-go\/linux-\w+-gnu: /);
});
