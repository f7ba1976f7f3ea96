#!/usr/bin/env node
// Builds the addon (the Go archive, then build/Release/compute_pi.node) in the
// current folder with node-gyp, against the headers of the Node.js that runs
// this script, never downloaded ones: npm runs it as the package's install
// script.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

// An official Node.js tarball and Debian's package both keep the headers at
// <prefix>/include/node beside <prefix>/bin/node.
const nodedir = path.resolve(path.dirname(process.execPath), '..');
if (!fs.existsSync(path.join(nodedir, 'include', 'node', 'node_api.h'))) {
  console.error(`compute-pi-go: no Node.js headers at ${nodedir}/include/node; ` +
    'install them with your Node.js (Debian: apt-get install libnode-dev)');
  process.exit(1);
}

// npm hands its own node-gyp to install scripts; outside npm, use npm's.
const nodeGyp = process.env.npm_config_node_gyp ||
  path.join(nodedir, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');

// Extra arguments go to node-gyp (a cross build passes --arch and the
// target's --nodedir); it builds the package in the current folder.
const args = process.argv.slice(2);
if (!args.some((a) => a.startsWith('--nodedir'))) args.push(`--nodedir=${nodedir}`);
execFileSync(process.execPath, [nodeGyp, 'rebuild', ...args], {
  stdio: 'inherit',
});
