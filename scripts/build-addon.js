#!/usr/bin/env node
// Builds the addon from source: the Go archive, then
// native/build/Release/compute_pi.node, with node-gyp against the headers of
// the Node.js that runs this script, never downloaded ones. It is what
// `npm run build` runs, in a clone or in an installed package
// (`npm explore compute-pi-go -- npm run build`); nothing runs it at install.
// Needs Go >= 1.26, gcc/g++, python3 and make.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const native = path.join(root, 'native');

function fail(message) {
  console.error(`compute-pi-go build: ${message}`);
  process.exit(1);
}

// An official Node.js tarball and Debian's package both keep the headers at
// <prefix>/include/node beside <prefix>/bin/node.
const nodedir = path.resolve(path.dirname(process.execPath), '..');
if (!fs.existsSync(path.join(nodedir, 'include', 'node', 'node_api.h'))) {
  fail(`no Node.js headers at ${nodedir}/include/node; install them with your Node.js (Debian: apt-get install libnode-dev)`);
}

// node-addon-api's headers: a devDependency in a clone; in an installed
// package (where devDependencies are not installed) fetched once, at the
// version package.json pins, into native/deps.
const env = { ...process.env };
try {
  require.resolve('node-addon-api', { paths: [native] });
} catch {
  const deps = path.join(native, 'deps');
  const version = require('../package.json').devDependencies['node-addon-api'];
  execFileSync('npm', ['install', '--prefix', deps, '--no-save', '--no-package-lock', '--no-audit', '--no-fund',
    '--ignore-scripts', `node-addon-api@${version}`], { stdio: 'inherit' });
  env.NODE_PATH = [path.join(deps, 'node_modules'), env.NODE_PATH].filter(Boolean).join(path.delimiter);
}

// npm hands its own node-gyp to scripts; outside npm, use npm's.
const nodeGyp = process.env.npm_config_node_gyp ||
  path.join(nodedir, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');

// Extra arguments go to node-gyp (a cross build passes --arch and the
// target's --nodedir).
const args = process.argv.slice(2);
if (!args.some((a) => a.startsWith('--nodedir'))) args.push(`--nodedir=${nodedir}`);
try {
  execFileSync(process.execPath, [nodeGyp, 'rebuild', ...args], { cwd: native, env, stdio: 'inherit' });
} catch {
  fail('node-gyp failed (see above). Building from source needs Go >= 1.26, gcc, g++, python3 and make on PATH.');
}
