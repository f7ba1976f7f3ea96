'use strict';
// The zips of `make lambda` load on Lambda's Amazon Linux 2023: no symbol
// newer than its glibc 2.34 or its GCC 11 libstdc++ (GLIBCXX_3.4.29,
// CXXABI_1.3.13), and the ELF machine of the zip's architecture.
const test = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { tools, unzipFresh } = require('./tools.js');

const LIMITS = { GLIBC: '2.34', GLIBCXX: '3.4.29', CXXABI: '1.3.13' };
const ARCHES = {
  x86_64: { machine: 'Advanced Micro Devices X86-64', objdump: 'objdump' },
  arm64: { machine: 'AArch64', objdump: 'aarch64-linux-gnu-objdump' },
};

const newer = (a, b) => {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  }
  return false;
};

const machineOf = (file) => /Machine:\s+(.*)/.exec(execFileSync('readelf', ['-h', file], { encoding: 'utf8' }))[1].trim();

for (const [arch, { machine, objdump }] of Object.entries(ARCHES)) {
  test(`function-${arch}.zip: bundle and addon, at most 3 MiB`, () => {
    const zip = path.join(tools.dist, `function-${arch}.zip`);
    assert.ok(fs.statSync(zip).size <= 3 * 1024 * 1024, `${fs.statSync(zip).size} bytes`);
    const files = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n').sort();
    assert.deepEqual(files, ['app.js', 'compute_pi.node', 'stream.js']);
  });

  test(`function-${arch}.zip: every .node needs at most glibc 2.34 and GCC 11's libstdc++, and is ${machine}, stripped`, () => {
    const dir = unzipFresh(`function-${arch}.zip`);
    const nodes = fs.readdirSync(dir).filter((f) => f.endsWith('.node'));
    assert.ok(nodes.length > 0);
    for (const name of nodes) {
      const file = path.join(dir, name);
      assert.equal(machineOf(file), machine);
      const symbols = execFileSync(objdump, ['-T', file], { encoding: 'utf8' });
      const versions = [...symbols.matchAll(/\b(GLIBC|GLIBCXX|CXXABI)_([0-9.]+)\b/g)];
      assert.ok(versions.length > 0, 'no versioned symbols: wrong objdump output?');
      for (const [, lib, version] of versions) {
        assert.ok(!newer(version, LIMITS[lib]), `${name} needs ${lib}_${version}, above ${LIMITS[lib]}`);
      }
      assert.doesNotMatch(execFileSync('readelf', ['-S', '-W', file], { encoding: 'utf8' }), /\.symtab/, 'not stripped');
    }
  });

  test(`function-go-${arch}.zip: a static bootstrap for ${machine}`, () => {
    const dir = unzipFresh(`function-go-${arch}.zip`);
    assert.deepEqual(fs.readdirSync(dir), ['bootstrap']);
    const bootstrap = path.join(dir, 'bootstrap');
    assert.equal(machineOf(bootstrap), machine);
    assert.doesNotMatch(execFileSync('readelf', ['-l', bootstrap], { encoding: 'utf8' }), /INTERP/, 'dynamically linked');
  });
}
