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

test('n is plain decimal digits from 0 to the maximum; anything else is named in a clear message', () => {
  const { MAX_DIGITS, MAX_SPIGOT_DIGITS } = require('compute-pi-go');
  const cases = [['-1'], ['-0'], ['-1.5'], ['0x10'], ['+5'], ['05'], ['00'], ['1e3'], [' 5'], ['5 '], [''], ['1_000'],
    ['5.0'], ['\u0661'], ['--', '-5'], [String(MAX_DIGITS + 1)], ['9'.repeat(400)], ['--algorithm', 'spigot', '-1'],
    ['--algorithm', 'spigot', String(MAX_SPIGOT_DIGITS + 1)]];
  for (const args of cases) {
    const { status, stdout, stderr } = run(...args);
    const max = args.includes('spigot') ? MAX_SPIGOT_DIGITS : MAX_DIGITS;
    assert.equal(status, 2, `${args}: status ${status}`);
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`^compute-pi-go: n must be a whole number from 0 to ${max} in plain decimal digits, ` +
      'got "[^"\\n]*" \\(see --help\\)\\n$'), `${args}: ${stderr}`);
  }
  assert.equal(run('10').stdout, `${DIGITS.slice(0, 10)}\n`);
  assert.equal(run('--algorithm', 'spigot', '7').stdout, `${DIGITS.slice(0, 7)}\n`);
});

test('a negative value of --format or --algorithm is named as theirs, not as n', () => {
  for (const option of ['--format', '--algorithm']) {
    const { status, stderr } = run(option, '-5', '3');
    assert.equal(status, 2);
    assert.match(stderr, new RegExp(`^compute-pi-go: Option '${option}' argument is ambiguous`), stderr);
  }
});

test('an unknown option is named, its quotes closed', () => {
  for (const option of ['--bogus', '-x']) {
    assert.equal(run(option, '5').stderr, `compute-pi-go: Unknown option '${option}' (see --help)\n`);
  }
});

test('a reader that goes away early ends it quietly with status 0, as `yes | head` does', () => {
  // bash gives the status of each side of the pipe.
  const { stdout, stderr } = spawnSync('bash', ['-c', `"$0" "$1" 1000000 | head -c 20; echo " \${PIPESTATUS[*]}"`,
    process.execPath, cli], { encoding: 'utf8' });
  assert.equal(stderr, '');
  assert.equal(stdout, `${DIGITS.slice(0, 20)} 0 0\n`);
});

test('a progress bar goes to stderr when it is a terminal', () => {
  // script(1) gives the command a pseudo-terminal.
  const out = execFileSync('script', ['-qec', `${process.execPath} ${cli} 3000000 > /dev/null`, '/dev/null'], {
    encoding: 'utf8',
  });
  assert.match(out, /\[#* *\] +\d+%/);
});
