'use strict';
// Finds and loads the native addon (compute_pi.node) for this platform.
//
// The addon's path is a literal require(), so that a bundler can follow it:
// esbuild with `--loader:.node=copy` copies the file beside the bundle and
// rewrites the path (see "Bundling your own function" in the README).
const path = require('node:path');

const ENV = 'COMPUTE_PI_GO_BINARY';
const tag = `${process.platform}-${process.arch}`;

// Where the addon may be, each with a literal path: the file named by the
// environment variable when it is set (and then only that), else the build.
const candidates = process.env[ENV]
  ? [[`${ENV}=${process.env[ENV]}`, () => require(path.resolve(process.env[ENV]))]]
  : [['build/Release/compute_pi.node', () => require('../build/Release/compute_pi.node')]];

function glibc() {
  const header = process.report?.getReport?.().header;
  return header?.glibcVersionRuntime ? `glibc ${header.glibcVersionRuntime}` : 'no glibc';
}

function load() {
  const tried = [];
  for (const [where, loadFrom] of candidates) {
    try {
      return loadFrom();
    } catch (error) {
      tried.push(`  ${where}: ${error.code === 'MODULE_NOT_FOUND' ? 'not found' : error.message}`);
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
