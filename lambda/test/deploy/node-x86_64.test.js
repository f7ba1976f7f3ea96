'use strict';
// dist/function-x86_64.zip, unzipped into a fresh folder, run by Node 22 and
// the official runtime interface client under the official emulator.
const test = require('node:test');
const assert = require('node:assert/strict');
const { Emulator, nodeRuntime } = require('./emulator.js');
const { unzipFresh, digits } = require('./tools.js');

const v2 = (method, rawPath, query, body) => ({
  version: '2.0', rawPath, queryStringParameters: query, body, isBase64Encoded: false, requestContext: { http: { method } },
});

test('direct and HTTP invokes of the Node function under the emulator', { timeout: 180000 }, async (t) => {
  const emulator = await Emulator.start({ dir: unzipFresh('function-x86_64.zip'), command: nodeRuntime('app.handler'), timeout: 60 });
  t.after(() => emulator.stop());

  for (const n of [0, 1, 5, 768, 10000, 1000000]) {
    const { status, body } = await emulator.invoke({ digits: n });
    assert.equal(status, 200);
    assert.equal(body, JSON.stringify({ digits: n, pi: await digits(n) }), `n=${n}`);
  }

  const get = JSON.parse((await emulator.invoke(v2('GET', '/pi', { digits: '20' }))).body);
  assert.equal(get.statusCode, 200);
  assert.equal(get.headers['content-type'], 'application/json');
  assert.deepEqual(JSON.parse(get.body), { digits: 20, pi: await digits(20) });

  const post = JSON.parse((await emulator.invoke({ ...v2('POST', '/', undefined, 'eyJkaWdpdHMiOjd9'), isBase64Encoded: true })).body);
  assert.deepEqual(JSON.parse(post.body), { digits: 7, pi: '3141592' });

  for (const [event, status, code] of [
    [v2('GET', '/pi', { digits: 'abc' }), 400, 'INVALID_DIGITS'],
    [v2('GET', '/nope', {}), 404, 'NOT_FOUND'],
    [v2('DELETE', '/pi', {}), 405, 'METHOD_NOT_ALLOWED'],
    [v2('GET', '/pi', { digits: '7000000' }), 413, 'RESPONSE_TOO_LARGE'],
  ]) {
    const response = JSON.parse((await emulator.invoke(event)).body);
    assert.equal(response.statusCode, status);
    assert.equal(JSON.parse(response.body).error.code, code);
  }

  const bad = JSON.parse((await emulator.invoke({ digits: -1 })).body);
  assert.equal(bad.errorType, 'InvalidEventError');
  assert.match(bad.errorMessage, /"digits" field must be an integer/);

  // And it is still there, warm, for the next invoke.
  assert.equal((await emulator.invoke({ digits: 3 })).body, '{"digits":3,"pi":"314"}');
});

// With less time left than the deadline margin (here a margin above the
// timeout), the function answers a clear error at once instead of being
// killed by the platform: no race against the machine's speed.
test('with less time left than the margin, every invoke answers TimeoutError at once', { timeout: 120000 }, async (t) => {
  const emulator = await Emulator.start({
    dir: unzipFresh('function-x86_64.zip'), command: nodeRuntime('app.handler'), timeout: 2,
    env: { COMPUTE_PI_DEADLINE_MARGIN_MS: '120000' },
  });
  t.after(() => emulator.stop());
  for (const n of [6291000, 3]) {
    const late = await emulator.invoke({ digits: n });
    assert.equal(late.status, 200);
    assert.equal(JSON.parse(late.body).errorType, 'TimeoutError', late.body);
  }
});

// The emulator's invoke endpoint buffers a streamed response and caps it at
// the 6 MB of a buffered one (it answers Function.ResponseSizeTooLarge
// beyond), so this shows the streaming protocol working, not the 200 MB.
test('the streaming function streams the digits', { timeout: 120000 }, async (t) => {
  const emulator = await Emulator.start({ dir: unzipFresh('function-x86_64.zip'), command: nodeRuntime('stream.handler') });
  t.after(() => emulator.stop());
  const n = 3_000_000;
  const { status, body } = await emulator.invoke({ digits: n });
  assert.equal(status, 200);
  assert.equal(body.length, n + `{"digits":${n},"pi":""}`.length);
  assert.ok(body.startsWith(`{"digits":${n},"pi":"31415926535`));
  assert.equal(JSON.parse(body).pi.slice(0, 1_000_000), await digits(1_000_000));
});
