'use strict';
// This file never loads the addon on its main thread: the first load of the
// process happens inside a worker, which then exits.
const test = require('node:test');
const assert = require('node:assert/strict');
const { Worker } = require('node:worker_threads');
const { once } = require('node:events');
const { DIGITS } = require('./reference.js');

const pkg = require.resolve('compute-pi-go');

function startWorker(n, algorithm = 'auto') {
  return new Worker(`
    const { parentPort } = require('node:worker_threads');
    const { generate } = require(${JSON.stringify(pkg)});
    parentPort.postMessage('loaded');
    generate(${n}, { format: 'string', algorithm: '${algorithm}' }).then((digits) => parentPort.postMessage(digits));
  `, { eval: true });
}

function run(worker) {
  return new Promise((resolve, reject) => {
    const messages = [];
    worker.on('message', (m) => messages.push(m));
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve(messages) : reject(new Error(`worker exit ${code}`))));
  });
}

test('4 workers each load the addon first, compute and exit, 20 rounds', { timeout: 120000 }, async () => {
  for (let round = 0; round < 20; round++) {
    const results = await Promise.all(Array.from({ length: 4 }, (_, i) => run(startWorker(100 + round * 10 + i))));
    results.forEach((messages, i) => {
      assert.deepEqual(messages, ['loaded', DIGITS.slice(0, 100 + round * 10 + i)]);
    });
  }
});

test('worker.terminate() during a call does not end the process', { timeout: 120000 }, async () => {
  // 6,000 spigot digits keep the worker's call running when terminate() comes.
  const worker = startWorker(6000, 'spigot');
  const [first] = await once(worker, 'message');
  assert.equal(first, 'loaded');
  const exitCode = await worker.terminate();
  assert.equal(exitCode, 1);
  // The addon still works on this thread and in a new worker.
  const { generate } = require(pkg);
  assert.deepEqual(await generate(5), [3, 1, 4, 1, 5]);
  assert.deepEqual(await run(startWorker(50)), ['loaded', DIGITS.slice(0, 50)]);
});

test('worker.terminate() while the worker is inside generate() does not crash', { timeout: 120000 }, async () => {
  // terminate() stops the worker's environment from another thread, so the
  // addon's own generate() can find it stopping halfway: its promise cannot
  // be made. A worker that does nothing but call generate() is stopped at
  // 40 moments; under the ASan build (scripts/sanitize.sh) the addon that
  // returned an unset promise there crashed every run.
  for (let i = 0; i < 40; i++) {
    const worker = new Worker(`
      const { parentPort } = require('node:worker_threads');
      const { generate } = require(${JSON.stringify(pkg)});
      parentPort.postMessage('loaded');
      (async () => {
        for (;;) await Promise.all(Array.from({ length: 256 }, () => generate(1)));
      })();
    `, { eval: true });
    const [first] = await once(worker, 'message');
    assert.equal(first, 'loaded');
    await new Promise((resolve) => setTimeout(resolve, i % 7));
    assert.equal(await worker.terminate(), 1);
  }
  const { generate } = require(pkg);
  assert.deepEqual(await generate(5), [3, 1, 4, 1, 5]);
});
