'use strict';
// Checking an argument runs none of the caller's code (no getter, no Proxy
// trap) except the one documented read of each option, and every bad
// argument rejects with a coded error, whatever it is made of.
const test = require('node:test');
const assert = require('node:assert/strict');
const { generate } = require('compute-pi-go');

function rejects(promise, name, code) {
  return assert.rejects(promise, (error) => {
    assert.equal(error.name, name);
    assert.equal(error.code, code, error.message);
    return true;
  });
}

// A Proxy whose every trap is recorded, then answers as the target would.
function spy(target = {}) {
  const trapped = [];
  const handler = new Proxy({}, {
    get: (_, trap) => (...args) => { trapped.push(trap); return Reflect[trap](...args); },
  });
  return { proxy: new Proxy(target, handler), trapped };
}

function revoked() {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

// Values that run code when looked at: each getter and trap throws.
function traps() {
  const boom = () => { throw new Error('user code ran'); };
  const throwingProxy = new Proxy({}, Object.fromEntries(
    ['get', 'getPrototypeOf', 'getOwnPropertyDescriptor', 'ownKeys', 'has'].map((trap) => [trap, boom])));
  class ThrowingName { static get name() { return boom(); } }
  return {
    'a revoked Proxy': revoked(),
    'a Proxy with throwing traps': throwingProxy,
    'an object with a throwing constructor getter': { get constructor() { return boom(); } },
    'a class instance whose name getter throws': new ThrowingName(),
    'an object whose prototype is a throwing Proxy': Object.create(throwingProxy),
    'an object with a null prototype': Object.create(null),
    'a symbol': Symbol('n'),
    'an Array': [5],
  };
}

test('a hostile n is ERR_INVALID_ARG_TYPE, and none of its code runs', async () => {
  for (const [what, n] of Object.entries(traps())) {
    await assert.rejects(generate(n), (error) => {
      assert.equal(error.name, 'TypeError', what);
      assert.equal(error.code, 'ERR_INVALID_ARG_TYPE', what);
      assert.doesNotMatch(error.message, /user code ran/, what);
      return true;
    });
  }
  const { proxy, trapped } = spy();
  await rejects(generate(proxy), 'TypeError', 'ERR_INVALID_ARG_TYPE');
  assert.deepEqual(trapped, []);
});

test('the error names what it received without looking inside', async () => {
  const messages = [];
  for (const n of Object.values(traps())) await generate(n).catch((error) => messages.push(error.message));
  assert.deepEqual(messages.map((message) => message.replace(/^.*Received /, '')), [
    'a revoked Proxy', 'a Proxy', 'an instance of Object', 'an object', 'an object', 'an object with a null prototype',
    'type symbol (Symbol(n))', 'an Array',
  ]);
});

test('hostile option values are rejected with codes, running none of their code', async () => {
  for (const value of Object.values(traps())) {
    await rejects(generate(5, { format: value }), 'TypeError', 'ERR_INVALID_ARG_VALUE');
    await rejects(generate(5, { algorithm: value }), 'TypeError', 'ERR_INVALID_ARG_VALUE');
    await rejects(generate(5, { signal: value }), 'TypeError', 'ERR_INVALID_ARG_TYPE');
    await rejects(generate(5, { onProgress: value }), 'TypeError', 'ERR_INVALID_ARG_TYPE');
  }
});

test('options that are an Array, a revoked Proxy or not an object are ERR_INVALID_ARG_TYPE', async () => {
  for (const options of [[], ['string'], revoked(), null, 'string', 5, Symbol('o'), () => ({})]) {
    await rejects(generate(5, options), 'TypeError', 'ERR_INVALID_ARG_TYPE');
  }
});

test('each option is read once; a throwing getter or trap is ERR_INVALID_ARG_VALUE with it as cause', async () => {
  const boom = new Error('getter');
  await assert.rejects(generate(5, { get format() { throw boom; } }),
    (error) => error.code === 'ERR_INVALID_ARG_VALUE' && error.name === 'TypeError' && error.cause === boom);
  const ownKeys = new Proxy({}, { ownKeys() { throw boom; } });
  await assert.rejects(generate(5, ownKeys), (error) => error.code === 'ERR_INVALID_ARG_VALUE' && error.cause === boom);

  // A getter that answers differently each time cannot pass the check with
  // one value and be used with another.
  let reads = 0;
  const options = { get format() { reads++; return reads === 1 ? 'string' : 'hex'; } };
  assert.equal(await generate(5, options), '31415');
  assert.equal(reads, 1);

  // A Proxy works as options: each known property is read once.
  const { proxy, trapped } = spy({ format: 'string' });
  assert.equal(await generate(5, proxy), '31415');
  assert.deepEqual(trapped.filter((trap) => trap === 'get').length, 4);
});

test('a fake or proxied AbortSignal is ERR_INVALID_ARG_TYPE at the door', async () => {
  const real = new AbortController().signal;
  for (const signal of [Object.create(AbortSignal.prototype), new Proxy(real, {}), revoked()]) {
    await rejects(generate(5, { signal }), 'TypeError', 'ERR_INVALID_ARG_TYPE');
  }
  await assert.rejects(generate(5, { signal: Object.create(AbortSignal.prototype) }),
    /must be an instance of AbortSignal\. Received an object that only inherits from AbortSignal/);
});

test("a real signal's own properties cannot stand in for its state", async () => {
  const controller = new AbortController();
  Object.defineProperty(controller.signal, 'aborted', { get() { throw new Error('user code ran'); } });
  assert.deepEqual(await generate(5, { signal: controller.signal }), [3, 1, 4, 1, 5]);
});

test('checking a signal runs no trap on its prototype chain', async () => {
  const { proxy, trapped } = spy(AbortSignal.prototype);
  await rejects(generate(5, { signal: Object.create(proxy) }), 'TypeError', 'ERR_INVALID_ARG_TYPE');
  assert.deepEqual(trapped, []);
  for (const signal of [5, 'signal', Symbol('s'), true, 5n, null, () => {}]) {
    await rejects(generate(5, { signal }), 'TypeError', 'ERR_INVALID_ARG_TYPE');
  }
});
