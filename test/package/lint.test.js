'use strict';
// The ecosystem's linters on the tarballs of `make packages`, and the files
// each tarball holds against test/package/files.json.
const test = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync, spawnSync } = require('node:child_process');
const path = require('node:path');
const { tarballs, root } = require('./registry.js');
const allowed = require('./files.json');

const bin = (name) => path.join(root, 'node_modules', '.bin', name);

test('every package holds exactly the files its allowlist names', () => {
  const { main, platforms } = tarballs();
  const names = ['compute-pi-go', '@compute-pi-go/linux-x64-gnu', '@compute-pi-go/linux-arm64-gnu'];
  for (const [name, tarball] of [main, ...platforms].map((t, i) => [names[i], t])) {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n').filter(Boolean).map((f) => f.replace(/^package\//, '')).sort();
    assert.deepEqual(files, [...allowed[name]].sort(), name);
  }
});

test('publint --strict finds nothing to report in any package', () => {
  const { main, platforms } = tarballs();
  for (const tarball of [main, ...platforms]) {
    const { status, stdout, stderr } = spawnSync(bin('publint'), ['run', '--strict', '--level', 'suggestion', tarball], { encoding: 'utf8' });
    assert.equal(status, 0, stdout + stderr);
    assert.doesNotMatch(stdout, /Suggestions|Warnings|Errors/, stdout);
  }
});

test('are the types wrong: none under node10, node16 (CJS and ESM) and bundler', () => {
  const { status, stdout } = spawnSync(bin('attw'), ['--format', 'json', tarballs().main], { encoding: 'utf8' });
  const result = JSON.parse(stdout);
  assert.deepEqual(result.analysis.problems, [], stdout);
  assert.equal(status, 0);
  const kinds = Object.keys(result.analysis.entrypoints['.'].resolutions);
  assert.deepEqual(kinds.sort(), ['bundler', 'node10', 'node16-cjs', 'node16-esm']);
});
