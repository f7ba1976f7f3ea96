'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { handler } = require('../app.js');
const { MAX_DIGITS } = require('compute-pi-go');
const { DIGITS } = require('../../js/test/reference.js');

test('{"digits": N} gives {"digits": N, "pi": "314..."}', async () => {
  assert.deepEqual(await handler({ digits: 5 }), { digits: 5, pi: '31415' });
  assert.deepEqual(await handler({ digits: 0 }), { digits: 0, pi: '' });
  assert.deepEqual(await handler({ digits: 2000 }), { digits: 2000, pi: DIGITS.slice(0, 2000) });
});

test('a bad event is refused with an error that names the field and the rule', async () => {
  const bad = [
    [null, /JSON object/],
    ['{"digits": 5}', /JSON object/],
    [[5], /JSON object/],
    [{}, /no "digits" field/],
    [{ digit: 5 }, /no "digits" field/],
    [{ digits: '5' }, /"digits" field must be an integer from 0 to \d+; got "5"/],
    [{ digits: -1 }, /"digits".*got -1/],
    [{ digits: 2.5 }, /"digits".*got 2.5/],
    [{ digits: null }, /"digits".*got null/],
    [{ digits: MAX_DIGITS + 1 }, /"digits".*integer from 0 to/],
  ];
  for (const [event, message] of bad) {
    await assert.rejects(handler(event), (error) => {
      assert.equal(error.name, 'InvalidEventError');
      assert.match(error.message, message);
      return true;
    }, JSON.stringify(event));
  }
});
