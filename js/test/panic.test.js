'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const binding = require('../binding.js');
const { generate } = require('compute-pi-go');

test('a Go panic rejects the Promise and the process lives on', async () => {
  // A test-only algorithm code makes the Go side panic inside cpi_digits.
  for (const format of ['array', 'string', 'buffer']) {
    await assert.rejects(binding.generate(10, format, binding.algorithms.panicForTests, undefined), (error) => {
      assert.equal(error.code, 'ERR_COMPUTE_PI_PANIC');
      assert.match(error.message, /Go panic/);
      return true;
    });
  }
  assert.deepEqual(await generate(5), [3, 1, 4, 1, 5]);
});
