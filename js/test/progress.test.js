'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { generate } = require('compute-pi-go');

test('onProgress reports a rising fraction that ends at 1', async () => {
  // Each lasts several of the 100 ms polls (the spigot at 5·10^4 digits about 0.7 s here).
  for (const [n, algorithm] of [[50000, 'spigot'], [3_000_000, 'chudnovsky']]) {
    const seen = [];
    await generate(n, { algorithm, format: 'buffer', onProgress: (done) => seen.push(done) });
    assert.ok(seen.length >= 2, `${algorithm}: ${seen.length} reports`);
    assert.equal(seen.at(-1), 1);
    seen.forEach((done, i) => {
      assert.ok(done >= 0 && done <= 1, `${algorithm}: ${done}`);
      if (i > 0) assert.ok(done > seen[i - 1], `${algorithm}: ${seen}`);
    });
    assert.ok(seen.some((done) => done > 0 && done < 1), `${algorithm}: nothing between 0 and 1: ${seen}`);
  }
});

test('no report after a call is aborted', async () => {
  const seen = [];
  const controller = new AbortController();
  const call = generate(200000, { algorithm: 'spigot', signal: controller.signal, onProgress: (d) => seen.push(d) });
  setTimeout(() => controller.abort(), 250);
  await assert.rejects(call, { name: 'AbortError' });
  const count = seen.length;
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(seen.length, count);
  assert.ok(!seen.includes(1));
});
