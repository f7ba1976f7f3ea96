'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { generate } = require('compute-pi-go');
const { DIGITS, referenceHash } = require('./reference.js');
const { createHash } = require('node:crypto');

test('the reference holds 20,000 digits starting 31415', () => {
  assert.equal(DIGITS.length, 20000);
  assert.ok(DIGITS.startsWith('31415926535'));
});

test('the first 10,000 digits equal the reference (so does every shorter prefix)', async () => {
  assert.equal(await generate(10000, { format: 'string', algorithm: 'spigot' }), DIGITS.slice(0, 10000));
  assert.equal(await generate(10000, { format: 'string' }), DIGITS.slice(0, 10000));
});

test('10^6 digits through the whole chain hash to the independent reference', async () => {
  const digits = await generate(1_000_000, { format: 'string' });
  assert.equal(createHash('sha256').update(digits).digest('hex'), referenceHash(1_000_000));
});

test('n = 0, 1, 2 and 5', async () => {
  assert.deepEqual(await generate(0), []);
  assert.deepEqual(await generate(1), [3]);
  assert.deepEqual(await generate(2), [3, 1]);
  assert.deepEqual(await generate(5), [3, 1, 4, 1, 5]);
});

test('every n up to 300 on its own, with each algorithm', async () => {
  for (const algorithm of ['auto', 'spigot', 'chudnovsky']) {
    for (let n = 0; n <= 300; n++) {
      assert.equal(await generate(n, { format: 'string', algorithm }), DIGITS.slice(0, n), `${algorithm} n=${n}`);
    }
  }
});

test('around the Feynman point (six 9s at digits 763-768) nothing is rounded up', async () => {
  assert.equal(DIGITS.slice(761, 769), '49999998');
  for (const algorithm of ['spigot', 'chudnovsky']) {
    for (let n = 760; n <= 770; n++) {
      assert.equal(await generate(n, { format: 'string', algorithm }), DIGITS.slice(0, n), `${algorithm} n=${n}`);
    }
  }
});

test('each algorithm by name gives the reference', async () => {
  for (const algorithm of ['auto', 'spigot', 'chudnovsky']) {
    assert.equal(await generate(3000, { format: 'string', algorithm }), DIGITS.slice(0, 3000), algorithm);
  }
});
