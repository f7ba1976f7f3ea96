'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { generate, AbortError } = require('compute-pi-go');

// Large enough that no call here can finish before it is aborted: the
// spigot takes minutes for this many digits.
const LONG = 200000;
const SLOW = { algorithm: 'spigot' };

// reason() is read when the call rejects, after the abort.
function isAbort(reason) {
  return (error) => {
    assert.ok(error instanceof AbortError);
    assert.equal(error.name, 'AbortError');
    assert.equal(error.code, 'ABORT_ERR');
    assert.equal(error.cause, reason());
    return true;
  };
}

test('aborting stops a running call and rejects it with AbortError', async () => {
  const controller = new AbortController();
  const call = generate(LONG, { ...SLOW, signal: controller.signal });
  setTimeout(() => controller.abort(), 50);
  await assert.rejects(call, isAbort(() => controller.signal.reason));
});

test('aborting rejects running and queued calls alike', async () => {
  // libuv runs 4 calls at a time by default: 12 leaves 8 queued.
  const controller = new AbortController();
  const calls = Array.from({ length: 12 }, () => generate(LONG, { ...SLOW, signal: controller.signal }));
  setTimeout(() => controller.abort(new Error('enough')), 50);
  const results = await Promise.allSettled(calls);
  for (const { status, reason } of results) {
    assert.equal(status, 'rejected');
    isAbort(() => controller.signal.reason)(reason);
  }
  // The pool is free again: a short call completes.
  assert.deepEqual(await generate(3), [3, 1, 4]);
});

test('aborting stops a Chudnovsky computation too', async () => {
  // 10^8 digits take minutes; the abort comes while the series is summed.
  const controller = new AbortController();
  const call = generate(100_000_000, { algorithm: 'chudnovsky', format: 'buffer', signal: controller.signal });
  setTimeout(() => controller.abort(), 300);
  await assert.rejects(call, isAbort(() => controller.signal.reason));
});

test('an already aborted signal rejects without computing', async () => {
  const signal = AbortSignal.abort();
  await assert.rejects(generate(5, { signal }), isAbort(() => signal.reason));
});

test('a signal aborted after the call settled changes nothing', async () => {
  const controller = new AbortController();
  assert.deepEqual(await generate(5, { signal: controller.signal }), [3, 1, 4, 1, 5]);
  controller.abort();
});

test("another listener's stopImmediatePropagation() does not keep the abort from the call", {
  skip: !require('node:events').addAbortListener && 'events.addAbortListener came in Node 20.5',
}, async () => {
  const controller = new AbortController();
  controller.signal.addEventListener('abort', (event) => event.stopImmediatePropagation());
  const call = generate(LONG, { ...SLOW, signal: controller.signal });
  setTimeout(() => controller.abort(), 50);
  // Were the abort missed, the spigot would run for minutes and resolve.
  await assert.rejects(call, isAbort(() => controller.signal.reason));
});

test('a call whose abort event was stopped still rejects, with a signal whose own properties shadow its methods', async () => {
  const controller = new AbortController();
  const { signal } = controller;
  signal.addEventListener('abort', (event) => event.stopImmediatePropagation());
  // Own properties make the package listen through EventTarget's methods,
  // which the listener above can stop: the call then rejects once computed.
  Object.defineProperty(signal, 'addEventListener', { value: () => assert.fail('user code ran') });
  const call = generate(100_000, { signal });
  controller.abort();
  await assert.rejects(call, isAbort(() => signal.reason));
});

test("a signal given methods of its own during the call: none of them runs, and no listener is left", async () => {
  const { getEventListeners } = require('node:events');
  const controller = new AbortController();
  const { signal } = controller;
  const call = generate(100_000, { signal, format: 'string' });
  for (const key of ['addEventListener', 'removeEventListener']) {
    Object.defineProperty(signal, key, { value: () => assert.fail(`user code ran: ${key}`) });
  }
  assert.equal((await call).slice(0, 20), '31415926535897932384');
  assert.equal(getEventListeners(signal, 'abort').length, 0);
  assert.equal((await generate(5, { signal, format: 'string' })), '31415');
  assert.equal(getEventListeners(signal, 'abort').length, 0);
});

test('many calls share one signal without a listener each', async () => {
  const { getEventListeners } = require('node:events');
  const controller = new AbortController();
  const calls = Array.from({ length: 20 }, () => generate(LONG, { ...SLOW, signal: controller.signal }));
  assert.equal(getEventListeners(controller.signal, 'abort').length, 1);
  controller.abort();
  await Promise.allSettled(calls);
  assert.equal(getEventListeners(controller.signal, 'abort').length, 0);
});
