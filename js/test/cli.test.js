'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync, spawnSync } = require('node:child_process');
const path = require('node:path');
const { DIGITS } = require('./reference.js');

const cli = path.join(__dirname, '..', 'cli.js');
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

test('prints the digits, and nothing on stderr when it is not a terminal', () => {
  const { status, stdout, stderr } = run('1000');
  assert.equal(status, 0);
  assert.equal(stdout, `${DIGITS.slice(0, 1000)}\n`);
  assert.equal(stderr, '');
});

test('--format decimal and json, --algorithm', () => {
  assert.equal(run('--format', 'decimal', '10').stdout, '3.141592653\n');
  assert.deepEqual(JSON.parse(run('--format=json', '12').stdout), { digits: 12, pi: DIGITS.slice(0, 12) });
  assert.equal(run('--algorithm', 'spigot', '500').stdout, `${DIGITS.slice(0, 500)}\n`);
  assert.equal(run('0').stdout, '\n');
});

test('--help', () => {
  const { status, stdout } = run('--help');
  assert.equal(status, 0);
  assert.match(stdout, /Usage: compute-pi-go/);
});

test('a bad argument exits 2 with one line on stderr', () => {
  for (const args of [[], ['abc'], ['1.5'], ['--', '-5'], ['5', '6'], ['--bogus', '5'], ['--format', 'xml', '5'],
    ['--algorithm', 'bbp', '5'], ['1e9'], ['--algorithm', 'spigot', '600000']]) {
    const { status, stdout, stderr } = run(...args);
    assert.equal(status, 2, `${args}: status ${status}`);
    assert.equal(stdout, '');
    assert.equal(stderr.trim().split('\n').length, 1, `${args}: ${stderr}`);
    assert.match(stderr, /^compute-pi-go: /);
  }
});

test('a progress bar goes to stderr when it is a terminal', () => {
  // script(1) gives the command a pseudo-terminal.
  const out = execFileSync('script', ['-qec', `${process.execPath} ${cli} 3000000 > /dev/null`, '/dev/null'], {
    encoding: 'utf8',
  });
  assert.match(out, /\[#* *\] +\d+%/);
});
