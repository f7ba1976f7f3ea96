'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const path = require('node:path');
const { once } = require('node:events');

test('process.exit() while computations run and are queued ends the process', { timeout: 60000 }, async (t) => {
  const child = spawn(process.execPath, [path.join(__dirname, 'fixtures', 'exit-child.js')], {
    cwd: path.join(__dirname, '..', '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  const [code, signal] = await once(child, 'exit');
  const gone = Date.now();
  assert.equal(signal, null);
  assert.equal(code, 0);
  const exiting = Number(/exiting (\d+)/.exec(output)[1]);
  // Without cancellation the queued work would hold exit for hours, past
  // this test's timeout; the time itself is a figure, not an assertion
  // (the benchmark script measures it: `npm run bench`).
  t.diagnostic(`process.exit() to process gone: ${gone - exiting} ms`);
});
