'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { generate } = require('compute-pi-go');
const { DIGITS } = require('./reference.js');

const expected = DIGITS.slice(0, 1000);

test('the default result is an Array of numbers, as in the seed', async () => {
  const digits = await generate(1000);
  assert.ok(Array.isArray(digits));
  assert.equal(digits.join(''), expected);
  assert.ok(digits.every((d) => typeof d === 'number'));
});

test("format 'string' gives the digits as one string", async () => {
  assert.equal(await generate(1000, { format: 'string' }), expected);
  assert.equal(await generate(0, { format: 'string' }), '');
});

test("format 'buffer' gives a Buffer of digit values 0-9", async () => {
  const digits = await generate(1000, { format: 'buffer' });
  assert.ok(Buffer.isBuffer(digits));
  assert.ok(digits instanceof Uint8Array);
  assert.equal(Array.from(digits).join(''), expected);
  assert.equal((await generate(0, { format: 'buffer' })).length, 0);
});
