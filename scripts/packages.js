#!/usr/bin/env node
// make packages: writes every npm package as a tarball in dist/npm/:
//   compute-pi-go-<v>.tgz                  the main package: JS, types, CLI,
//                                          README, and the sources a build
//                                          from source needs; no binary and no
//                                          install script;
//   compute-pi-go-linux-x64-gnu-<v>.tgz    @compute-pi-go/linux-x64-gnu and
//   compute-pi-go-linux-arm64-gnu-<v>.tgz  @compute-pi-go/linux-arm64-gnu:
//                                          one stripped compute_pi.node each,
//                                          with os, cpu and libc.
// The main package lists the platform packages as optionalDependencies at
// exactly its own version, so npm installs the one that fits the machine (or
// the one --os/--cpu/--libc ask for). Usage: packages.js X64_ADDON ARM64_ADDON
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const out = path.join(root, 'dist', 'npm');
const stage = path.join(root, 'build', 'npm');
const main = require('../package.json');
const SCOPE = '@compute-pi-go';
const MAX_PLATFORM_TARBALL = 1.5 * 1024 * 1024;

const platforms = [
  { target: 'linux-x64-gnu', cpu: 'x64', strip: 'strip', addon: process.argv[2] },
  { target: 'linux-arm64-gnu', cpu: 'arm64', strip: 'aarch64-linux-gnu-strip', addon: process.argv[3] },
];
if (!platforms.every((p) => p.addon && fs.existsSync(p.addon))) {
  console.error('usage: packages.js X64_ADDON ARM64_ADDON (both .node files must exist)');
  process.exit(2);
}

const write = (file, text) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

// npm pack's own tarball of a staged folder, into dist/npm; returns its path.
function pack(dir) {
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out],
    { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  return path.join(out, filename);
}

fs.rmSync(stage, { recursive: true, force: true });
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

const common = {
  version: main.version,
  license: main.license,
  repository: main.repository,
  homepage: main.homepage,
  bugs: main.bugs,
  engines: main.engines,
};

const tarballs = [];
for (const { target, cpu, strip, addon } of platforms) {
  const name = `${SCOPE}/${target}`;
  const dir = path.join(stage, target);
  write(path.join(dir, 'package.json'), json({
    name,
    ...common,
    description: `The ${target} binary of compute-pi-go; install compute-pi-go, not this`,
    type: 'commonjs',
    os: ['linux'],
    cpu: [cpu],
    libc: ['glibc'],
    main: 'compute_pi.node',
    files: ['compute_pi.node'],
    // Yarn's Plug'n'Play keeps packages zipped; a .node must be on disk.
    preferUnplugged: true,
  }));
  write(path.join(dir, 'README.md'), `# ${name}\n\nThe prebuilt native addon of [compute-pi-go](https://www.npmjs.com/package/compute-pi-go) ` +
    `for Linux on ${cpu} with glibc (AWS Lambda's nodejs22.x and nodejs24.x runtimes). ` +
    'npm installs it as an optional dependency of compute-pi-go: depend on compute-pi-go, not on this package.\n');
  fs.copyFileSync(path.join(root, 'LICENSE'), path.join(dir, 'LICENSE'));
  execFileSync(strip, ['--strip-unneeded', '-o', path.join(dir, 'compute_pi.node'), addon]);
  const tarball = pack(dir);
  const size = fs.statSync(tarball).size;
  if (size > MAX_PLATFORM_TARBALL) {
    console.error(`packages: ${path.basename(tarball)} is ${size} bytes, over the ${MAX_PLATFORM_TARBALL}-byte budget`);
    process.exit(1);
  }
  tarballs.push(tarball);
}

// The main package: the files package.json's "files" names, as npm packs them
// from this checkout, with the platform packages added as optionalDependencies.
const dir = path.join(stage, 'compute-pi-go');
const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
for (const { path: file } of files) {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.copyFileSync(path.join(root, file), path.join(dir, file));
}
const manifest = {
  ...main,
  scripts: { build: main.scripts.build },
  optionalDependencies: Object.fromEntries(platforms.map(({ target }) => [`${SCOPE}/${target}`, main.version])),
};
write(path.join(dir, 'package.json'), json(manifest));
tarballs.unshift(pack(dir));

for (const tarball of tarballs) console.log(`${path.relative(root, tarball)} ${fs.statSync(tarball).size} bytes`);
