'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { once } = require('node:events');
const { DIGITS } = require('./reference.js');

const root = path.join(__dirname, '..', '..');

// Builds native/sigflood, the tool that sends the signals, into a folder
// removed after test t, whether it passed or not.
function buildFlooder(t) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigflood-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const bin = path.join(dir, 'sigflood');
  execFileSync('go', ['build', '-o', bin, './native/sigflood'], { cwd: root, stdio: 'inherit' });
  return bin;
}

function lines(stream) {
  const queue = [];
  let buffered = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    buffered += chunk;
    let i;
    while ((i = buffered.indexOf('\n')) >= 0) {
      queue.push(buffered.slice(0, i));
      buffered = buffered.slice(i + 1);
      stream.emit('line');
    }
  });
  return async () => {
    while (queue.length === 0) await once(stream, 'line');
    return queue.shift();
  };
}

test('SIGINT and SIGTERM floods, process- and thread-directed, during generate calls do not crash', { timeout: 120000 }, async (t) => {
  const flooder = buildFlooder(t);
  const child = spawn(process.execPath, [path.join(__dirname, 'fixtures', 'signal-flood-child.js'), DIGITS.slice(0, 2000)], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  const nextLine = lines(child.stdout);
  assert.equal(await nextLine(), 'ready');

  const sent = Number(execFileSync(flooder, ['-pid', String(child.pid), '-for', '4s'], { encoding: 'utf8' }));
  child.stdin.write('stop\n');
  const summary = JSON.parse(await nextLine());
  const [code, signal] = await exited;

  t.diagnostic(`signals sent: ${sent}; child: ${JSON.stringify(summary)}`);
  assert.equal(signal, null, `the child died of ${signal}`);
  assert.equal(code, 0);
  assert.equal(summary.wrong, 0);
  assert.ok(summary.calls > 0);
  assert.ok(sent > 1000, `only ${sent} signals sent`);
  assert.ok(summary.received.SIGINT > 0 && summary.received.SIGTERM > 0);
});
