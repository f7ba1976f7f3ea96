'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { generate } = require('compute-pi-go');
const { DIGITS } = require('./reference.js');

test('200 concurrent calls of mixed sizes and formats are all correct', async () => {
  const formats = ['array', 'string', 'buffer'];
  const calls = Array.from({ length: 200 }, (_, i) => {
    const n = (i * 37) % 1500;
    const format = formats[i % 3];
    return generate(n, { format }).then((digits) => [n, format, digits]);
  });
  for (const [n, format, digits] of await Promise.all(calls)) {
    const text = format === 'string' ? digits : Array.from(digits).join('');
    assert.equal(text, DIGITS.slice(0, n), `n=${n} format=${format}`);
  }
});

test('the event loop keeps ticking while a long call runs', async () => {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  try {
    const digits = await generate(12000, { format: 'string', algorithm: 'spigot' });
    assert.equal(digits, DIGITS.slice(0, 12000));
  } finally {
    clearInterval(timer);
  }
  // The call takes hundreds of milliseconds; a blocked loop would tick 0 times.
  assert.ok(ticks >= 10, `only ${ticks} ticks`);
});
