'use strict';
// How the .node file is linked (see native/binding.gyp and native/src/exports.map).
const test = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const addon = path.join(__dirname, '..', '..', 'native', 'build', 'Release', 'compute_pi.node');
const readelf = (flag) => execFileSync('readelf', ['--wide', flag, addon], { encoding: 'utf8' });

test('it exports only the Node-API entry points, not the Go runtime', () => {
  const exported = readelf('--dyn-syms').split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f.length >= 8 && f[6] !== 'UND' && f[4] === 'GLOBAL')
    .map((f) => f[7]);
  assert.deepEqual(exported.sort(), ['napi_register_module_v1', 'node_api_module_get_api_version_v1']);
});

test('it is never unloaded (NODELETE): a Go runtime cannot be', () => {
  assert.match(readelf('--dynamic'), /FLAGS_1.*NODELETE/);
});

// Linking libstdc++ statically on this toolchain would raise the glibc floor
// above Lambda's 2.34.
test('libstdc++ is linked dynamically', () => {
  assert.match(readelf('--dynamic'), /NEEDED.*libstdc\+\+\.so\.6/);
});
