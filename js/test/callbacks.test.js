'use strict';
// The rule for onProgress: an error it throws, or the rejection of a Promise
// it returns, sets the cancel flag and rejects the call with that error; it
// is never uncaught, onProgress is not called again, and the process lives.
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { generate, MAX_SPIGOT_DIGITS } = require('compute-pi-go');

// Long enough that no call here finishes on its own: the spigot takes
// minutes for 200,000 digits.
const LONG = 200000;
const SLOW = { algorithm: 'spigot' };
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('a throw in onProgress rejects the call with that error, and onProgress is not called again', async () => {
  const boom = new Error('boom');
  let calls = 0;
  const call = generate(LONG, { ...SLOW, onProgress: () => { calls++; throw boom; } });
  await assert.rejects(call, (error) => error === boom);
  assert.equal(calls, 1);
  await wait(350); // more than 3 report intervals
  assert.equal(calls, 1);
});

test('a rejected Promise from onProgress rejects the call with its reason', async () => {
  const boom = new Error('async boom');
  let calls = 0;
  const call = generate(LONG, { ...SLOW, onProgress: async () => { calls++; throw boom; } });
  await assert.rejects(call, (error) => error === boom);
  assert.equal(calls, 1);
  await wait(350);
  assert.equal(calls, 1);
});

test('any thrown value is passed on as it is', async () => {
  for (const thrown of [42, 'text', undefined, null, { not: 'an Error' }]) {
    await assert.rejects(generate(LONG, { ...SLOW, onProgress: () => { throw thrown; } }), (error) => error === thrown);
    await assert.rejects(generate(5, { onProgress: () => Promise.reject(thrown) }), (error) => error === thrown);
  }
});

test('a throw at the final report rejects a finished computation', async () => {
  const seen = [];
  await assert.rejects(generate(10, { onProgress: (done) => { seen.push(done); throw new Error(`at ${done}`); } }),
    { message: 'at 1' });
  assert.deepEqual(seen, [1]);
  await assert.rejects(generate(10, { onProgress: async (done) => { throw new Error(`async at ${done}`); } }),
    { message: 'async at 1' });
});

test('a thenable whose `then` getter throws rejects the call', async () => {
  const boom = new Error('then getter');
  const thenable = { get then() { throw boom; } };
  await assert.rejects(generate(10, { onProgress: () => thenable }), (error) => error === boom);
});

test('the call settles after the Promises onProgress returned', async () => {
  let finished = false;
  const onProgress = async () => { await wait(150); finished = true; };
  assert.deepEqual(await generate(5, { onProgress }), [3, 1, 4, 1, 5]);
  assert.equal(finished, true);
});

test('a throw in onProgress stops the Go computation at once', { timeout: 120000 }, async () => {
  // libuv runs 4 calls at a time: 4 throwing calls of minutes each (16
  // minutes of work on 2 cores) hold the whole pool unless they are stopped.
  // Only then can the short call after them run, well inside the timeout.
  const calls = Array.from({ length: 4 }, () =>
    generate(MAX_SPIGOT_DIGITS, { ...SLOW, onProgress: () => { throw new Error('stop'); } }));
  for (const call of calls) await assert.rejects(call, { message: 'stop' });
  assert.deepEqual(await generate(3, SLOW), [3, 1, 4]);
});

test('a throwing onProgress neither ends the process nor goes uncaught', () => {
  const child = path.join(__dirname, 'fixtures', 'throwing-progress-child.js');
  const expected = 'rejected: boom\nrejected: async boom\nalive\n';
  for (const args of [[], ['watch']]) {
    const { status, signal, stdout, stderr } = spawnSync(process.execPath, [child, ...args], {
      cwd: path.join(__dirname, '..', '..'), encoding: 'utf8',
    });
    assert.equal(stdout, expected, `${args}: ${stderr}`);
    assert.equal(stderr, '');
    assert.equal(signal, null);
    assert.equal(status, 0);
  }
});
