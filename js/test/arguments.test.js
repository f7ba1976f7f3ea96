'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { generate, MAX_DIGITS, MAX_SPIGOT_DIGITS } = require('compute-pi-go');

function rejects(promise, name, code) {
  return assert.rejects(promise, (error) => {
    assert.equal(error.name, name);
    assert.equal(error.code, code);
    assert.ok(error.message.length > 20, error.message);
    return true;
  });
}

test('MAX_DIGITS is a positive integer', () => {
  assert.ok(Number.isSafeInteger(MAX_DIGITS) && MAX_DIGITS > 0);
});

test('a missing n is a TypeError', () => rejects(generate(), 'TypeError', 'ERR_INVALID_ARG_TYPE'));

test('a non-number n is a TypeError', async () => {
  for (const n of ['5', 5n, null, true, {}, [5], () => 5, Symbol('5'), new Number(5)]) {
    await rejects(generate(n), 'TypeError', 'ERR_INVALID_ARG_TYPE');
  }
});

test('NaN is a TypeError', () => rejects(generate(NaN), 'TypeError', 'ERR_INVALID_ARG_TYPE'));

test('a fractional, negative, infinite or too large n is a RangeError', async () => {
  for (const n of [1.5, 0.1, -1, -0.5, -Infinity, Infinity, MAX_DIGITS + 1, 2 ** 53, Number.MAX_VALUE]) {
    await rejects(generate(n), 'RangeError', 'ERR_OUT_OF_RANGE');
  }
});

test("the spigot's own, lower maximum is a RangeError", async () => {
  assert.ok(MAX_SPIGOT_DIGITS < MAX_DIGITS);
  await rejects(generate(MAX_SPIGOT_DIGITS + 1, { algorithm: 'spigot' }), 'RangeError', 'ERR_OUT_OF_RANGE');
});

test('-0 is 0', async () => {
  assert.deepEqual(await generate(-0), []);
});

test('options must be an object of known properties', async () => {
  await rejects(generate(5, null), 'TypeError', 'ERR_INVALID_ARG_TYPE');
  await rejects(generate(5, 'string'), 'TypeError', 'ERR_INVALID_ARG_TYPE');
  await rejects(generate(5, { formt: 'string' }), 'TypeError', 'ERR_INVALID_ARG_VALUE');
});

test('an unknown format or algorithm is a TypeError', async () => {
  await rejects(generate(5, { format: 'hex' }), 'TypeError', 'ERR_INVALID_ARG_VALUE');
  await rejects(generate(5, { format: 1 }), 'TypeError', 'ERR_INVALID_ARG_VALUE');
  await rejects(generate(5, { algorithm: 'bbp' }), 'TypeError', 'ERR_INVALID_ARG_VALUE');
  await rejects(generate(5, { algorithm: 'panicForTests' }), 'TypeError', 'ERR_INVALID_ARG_VALUE');
});

test('an onProgress that is not a function is a TypeError', async () => {
  await rejects(generate(5, { onProgress: 1 }), 'TypeError', 'ERR_INVALID_ARG_TYPE');
});

test('a signal that is not an AbortSignal is a TypeError', async () => {
  await rejects(generate(5, { signal: {} }), 'TypeError', 'ERR_INVALID_ARG_TYPE');
  await rejects(generate(5, { signal: new AbortController() }), 'TypeError', 'ERR_INVALID_ARG_TYPE');
});

test('the raw binding checks its arguments too', () => {
  const binding = require('../binding.js');
  const flag = new Int32Array(2);
  assert.throws(() => binding.generate('5', 'array', 0, flag), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => binding.generate(NaN, 'array', 0, flag), { name: 'TypeError' });
  assert.throws(() => binding.generate(-1, 'array', 0, flag), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => binding.generate(2.5, 'array', 0, flag), { name: 'RangeError' });
  assert.throws(() => binding.generate(MAX_DIGITS + 1, 'array', 0, flag), { name: 'RangeError' });
  assert.throws(() => binding.generate(5, 'hex', 0, flag), { name: 'TypeError' });
  assert.throws(() => binding.generate(5, 'array', '0', flag), { name: 'TypeError' });
  assert.throws(() => binding.generate(5, 'array', 0, new Uint8Array(4)), { name: 'TypeError' });
  assert.throws(() => binding.generate(5, 'array', 0, new Int32Array(1)), { name: 'TypeError' });
  assert.throws(() => binding.generate(), { name: 'TypeError' });
});

test('the raw binding rejects an unknown algorithm code', () => {
  const binding = require('../binding.js');
  assert.throws(() => binding.generate(5, 'array', 42, undefined), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
});
