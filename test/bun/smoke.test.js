'use strict';
// The package under Bun (npm @oven/bun-linux-x64, scripts/runtimes.sh): it
// loads the Node-API addon, computes, aborts, refuses bad arguments with
// coded errors, and exits promptly from process.exit() during long calls.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { root, bun, run } = require('../runtimes.js');

// Runs a script in Bun, with the package (this checkout) as compute-pi-go.
async function inBun(script) {
  const { code, signal, stdout, stderr } = await run(bun, ['-e', script]);
  assert.ok(code === 0 && signal === null, `exit ${code} ${signal}: ${stderr}`);
  return JSON.parse(stdout);
}

test(`Bun ${bun.version}: 10^5 digits hash to the reference`, { timeout: 120000 }, async () => {
  const sums = fs.readFileSync(path.join(root, 'pkg', 'pi', 'testdata', 'sha256.txt'), 'utf8');
  const expected = /^100000 ([0-9a-f]{64})$/m.exec(sums)[1];
  const out = await inBun(`
    const { generate } = require('compute-pi-go');
    const { createHash } = require('node:crypto');
    generate(1e5, { format: 'string' }).then((pi) => console.log(JSON.stringify({
      runtime: process.versions.bun, length: pi.length, sha256: createHash('sha256').update(pi).digest('hex'),
    })));`);
  assert.deepEqual(out, { runtime: bun.version, length: 100000, sha256: expected });
});

test(`Bun ${bun.version}: an AbortSignal stops a long call with AbortError`, { timeout: 120000 }, async () => {
  const out = await inBun(`
    const { generate, MAX_DIGITS, AbortError } = require('compute-pi-go');
    const controller = new AbortController();
    const call = generate(MAX_DIGITS, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 100);
    call.then(() => console.log('{"resolved":true}'), (error) => console.log(JSON.stringify({
      isAbortError: error instanceof AbortError, name: error.name, code: error.code, cause: error.cause.message,
    })));`);
  assert.deepEqual(out, { isAbortError: true, name: 'AbortError', code: 'ABORT_ERR', cause: 'stop' });
});

test(`Bun ${bun.version}: bad arguments reject with coded RangeError and TypeError`, { timeout: 120000 }, async () => {
  const out = await inBun(`
    const { generate } = require('compute-pi-go');
    const calls = [() => generate(-1), () => generate(1.5), () => generate('5'), () => generate(5, { format: 'x' })];
    Promise.all(calls.map((call) => call().then(() => null, (error) => [error.name, error.code])))
      .then((errors) => console.log(JSON.stringify(errors)));`);
  assert.deepEqual(out, [
    ['RangeError', 'ERR_OUT_OF_RANGE'],
    ['RangeError', 'ERR_OUT_OF_RANGE'],
    ['TypeError', 'ERR_INVALID_ARG_TYPE'],
    ['TypeError', 'ERR_INVALID_ARG_VALUE'],
  ]);
});

// The child of js/test/exit.test.js: hours of queued work, then process.exit(0).
// Without cancellation the exit would wait for the work, past the timeout.
test(`Bun ${bun.version}: process.exit() during long calls ends the process`, { timeout: 60000 }, async () => {
  const { code, signal, stdout, stderr } = await run(bun, [path.join(root, 'js', 'test', 'fixtures', 'exit-child.js')]);
  assert.equal(signal, null, stderr);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^exiting \d+\n$/);
  assert.equal(stderr, '');
});
