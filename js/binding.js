'use strict';
// Finds and loads the native addon (compute_pi.node) for this platform.
const path = require('node:path');

const ENV = 'COMPUTE_PI_GO_BINARY';
const tag = `${process.platform}-${process.arch}`;

// Where the addon may be, in order: an explicit path, the node-gyp build of
// this checkout or install, and a prebuilt binary shipped beside the package.
function candidates() {
  const root = path.join(__dirname, '..');
  const list = [
    path.join(root, 'build', 'Release', 'compute_pi.node'),
    path.join(root, 'prebuilds', tag, 'compute_pi.node'),
  ];
  return process.env[ENV] ? [path.resolve(process.env[ENV])] : list;
}

function glibc() {
  const header = process.report?.getReport?.().header;
  return header?.glibcVersionRuntime ? `glibc ${header.glibcVersionRuntime}` : 'no glibc';
}

function load() {
  const tried = [];
  for (const file of candidates()) {
    try {
      return require(file);
    } catch (error) {
      tried.push(`  ${file}: ${error.code === 'MODULE_NOT_FOUND' ? 'not found' : error.message}`);
    }
  }
  const error = new Error(
    `compute-pi-go: no native addon loads on ${tag} (${glibc()}, Node.js ${process.version}).\n` +
    `Tried:\n${tried.join('\n')}\n` +
    'Fix: build it with `npm rebuild compute-pi-go` (needs Go, gcc and g++), ' +
    `or set ${ENV} to the path of a compute_pi.node built for ${tag}.`);
  error.code = 'ERR_COMPUTE_PI_LOAD';
  throw error;
}

module.exports = load();
