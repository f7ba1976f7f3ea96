'use strict';
// What the function's memory cannot hold is refused before computing, by
// app.js and stream.js alike (lambda/memory.js holds the measured model).
const test = require('node:test');
const assert = require('node:assert/strict');
const { Writable } = require('node:stream');
const { functionMemoryMB, fits, maxDigitsFor, peakBytes } = require('../memory.js');

// What the Node.js Lambda runtime provides stream.js.
globalThis.awslambda = {
  streamifyResponse: (respond) => respond,
  HttpResponseStream: { from: (stream, prelude) => Object.assign(stream, { prelude }) },
};
const { handler } = require('../app.js');
const stream = require('../stream.js');

const context = { getRemainingTimeInMillis: () => 60000 };
const get = (digits) => ({ version: '2.0', rawPath: '/pi', queryStringParameters: { digits: String(digits) }, requestContext: { http: { method: 'GET' } } });

function sink() {
  const chunks = [];
  const out = new Writable({ write(chunk, _, done) { chunks.push(chunk); done(); } });
  out.text = () => Buffer.concat(chunks).toString();
  return out;
}

test('the function memory is read from AWS_LAMBDA_FUNCTION_MEMORY_SIZE, whole MB only', () => {
  assert.equal(functionMemoryMB({ AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '128' }), 128);
  assert.equal(functionMemoryMB({ AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '10240' }), 10240);
  for (const text of [undefined, '', '0', '-128', '12.5', '1e3', ' 128', '1234567']) {
    assert.equal(functionMemoryMB({ AWS_LAMBDA_FUNCTION_MEMORY_SIZE: text }), undefined, text);
  }
});

test('the model: the most digits that fit, and one more that does not', () => {
  for (const mb of [128, 512, 1769, 10240]) {
    const max = maxDigitsFor(mb);
    assert.ok(fits(max, mb, 0) && !fits(max + 1, mb, 0), String(mb));
    assert.ok(!fits(max, mb, 100 * 2 ** 20), `${mb}: a warm runtime at 100 MiB holds fewer`);
    assert.ok(peakBytes(max) <= mb * 2 ** 20);
  }
  assert.ok(maxDigitsFor(128) > 2_000_000, '128 MB holds 2·10^6 digits');
  assert.equal(maxDigitsFor(64), 0);
  assert.ok(fits(100_000_000, undefined), 'without a known memory, everything fits');
});

test('at 128 MB, app.js refuses more than fits with InsufficientMemoryError, or a 413 for HTTP', async (t) => {
  t.after(() => { delete process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE; });
  process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE = '128';
  const n = maxDigitsFor(128) + 1;
  await assert.rejects(handler({ digits: n }, context), {
    name: 'InsufficientMemoryError', code: 'INSUFFICIENT_MEMORY', status: 413, message: /more memory than the function's 128 MB/,
  });
  const response = await handler(get(n), context);
  assert.equal(response.statusCode, 413);
  assert.deepEqual(JSON.parse(response.body).error, {
    code: 'INSUFFICIENT_MEMORY', field: 'digits', message: `Computing ${n} digits would need more memory than the function's 128 MB: ask for fewer digits or give the function more memory`,
  });
  // Beyond the response limit, that is what is said first.
  assert.equal(JSON.parse((await handler(get(7_000_000), context)).body).error.code, 'RESPONSE_TOO_LARGE');
  assert.deepEqual(await handler({ digits: 10 }, context), { digits: 10, pi: '3141592653' });
});

test('at 128 MB, stream.js refuses alike, before it writes anything', async (t) => {
  t.after(() => { delete process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE; });
  process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE = '128';
  const n = maxDigitsFor(128) + 1;
  const direct = sink();
  await assert.rejects(stream.handler({ digits: n }, direct, context), { name: 'InsufficientMemoryError', code: 'INSUFFICIENT_MEMORY' });
  assert.equal(direct.text(), '');
  const http = sink();
  await stream.handler(get(n), http, context);
  assert.equal(http.prelude.statusCode, 413);
  assert.equal(JSON.parse(http.text()).error.code, 'INSUFFICIENT_MEMORY');
  const small = sink();
  await stream.handler({ digits: 10 }, small, context);
  assert.equal(small.text(), '{"digits":10,"pi":"3141592653"}');
});
