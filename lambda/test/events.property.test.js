'use strict';
// Property tests of the handler (fast-check): arbitrary HTTP and direct
// events are answered within the rules, valid ones with the right digits,
// and the shared corpus (events.json, which the Go twin's tests and fuzz
// seeds read too) reads as it says.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fc = require('fast-check');
const { handler } = require('../app.js');
const { readDigits } = require('../request.js');
const { DIGITS } = require('../../js/test/reference.js');
const { events } = require('./events.json');

// 1024 MB refuses what would take long to compute; so does a deadline 200 ms
// away (500 ms are kept back to answer).
process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE = '1024';
const context = { getRemainingTimeInMillis: () => 700 };

const STATUSES = [200, 400, 404, 405, 413, 504];
const ERROR_NAMES = ['InvalidEventError', 'ResponseTooLargeError', 'InsufficientMemoryError', 'TimeoutError'];
const root = path.join(__dirname, '..', '..');

// No stack trace, file path or Node internals in what a caller sees.
function assertNothingLeaked(text) {
  for (const secret of ['\n    at ', root, '.js:', 'node:internal']) assert.ok(!text.includes(secret), `${secret} in ${text}`);
}

function assertDigits(payload) {
  assert.deepEqual(Object.keys(payload), ['digits', 'pi']);
  assert.equal(payload.pi.length, payload.digits);
  assert.equal(payload.pi.slice(0, DIGITS.length), DIGITS.slice(0, payload.digits));
}

// A digits value as an HTTP query gives it, right or wrong.
const queryText = fc.oneof(fc.nat(20000).map(String), fc.stringMatching(/^[0-9]{0,12}$/), fc.string(), fc.anything());
// A digits value in a JSON object, right or wrong.
const digitsValue = fc.oneof(fc.nat(20000), fc.integer(), fc.double(), fc.string(), fc.jsonValue(), fc.anything());
const bodyText = fc.oneof(
  digitsValue.map((digits) => JSON.stringify({ digits }) ?? ''),
  fc.json(), fc.string(), fc.anything(),
);
const anyOf = (...values) => fc.oneof(fc.constantFrom(...values), fc.anything());
const httpFields = fc.record({
  method: anyOf('GET', 'POST', 'PUT', 'get', ''),
  path: anyOf('/pi', '/', '/pi/', '/x'),
  query: fc.oneof(fc.constant(null), fc.record({ digits: queryText }), fc.dictionary(fc.string(), fc.anything()), fc.anything()),
  body: bodyText,
  base64: fc.oneof(fc.boolean(), fc.anything()),
}, { requiredKeys: ['method', 'path'] });
const httpEvent = fc.tuple(fc.boolean(), httpFields, fc.boolean()).map(([v2, f, encode]) => {
  const body = encode && typeof f.body === 'string' ? Buffer.from(f.body).toString('base64') : f.body;
  const common = { queryStringParameters: f.query, body, isBase64Encoded: encode || f.base64 };
  return v2
    ? { version: '2.0', rawPath: f.path, requestContext: { http: { method: f.method } }, ...common }
    : { httpMethod: typeof f.method === 'string' ? f.method : 'GET', path: f.path, requestContext: { stage: 'prod' }, ...common };
});

test('the shared corpus reads as events.json says', () => {
  for (const { name, event, raw, want } of events) {
    const parsed = raw === undefined ? event : JSON.parse(raw);
    let got;
    try {
      got = { digits: readDigits(parsed, 100_000_000) };
    } catch (error) {
      got = { status: error.status, code: error.code, field: error.field, message: error.message };
    }
    assert.deepEqual(got, want, name);
  }
});

test('any HTTP event is answered, never thrown: an allowed status, a JSON body with digits or a coded error', async () => {
  await fc.assert(fc.asyncProperty(httpEvent, async (event) => {
    const response = await handler(event, context);
    assert.ok(STATUSES.includes(response.statusCode), String(response.statusCode));
    assert.deepEqual(response.headers, { 'content-type': 'application/json' });
    const body = JSON.parse(response.body);
    if (response.statusCode === 200) return assertDigits(body);
    assert.match(body.error.code, /^[A-Z_]+$/);
    assert.equal(typeof body.error.field, 'string');
    assertNothingLeaked(body.error.message);
  }), { numRuns: 4000 });
});

test('any direct event gives the digits or a named error with a code and status', async () => {
  const event = fc.oneof(fc.anything(), fc.record({ digits: digitsValue }), fc.dictionary(fc.string(), digitsValue));
  await fc.assert(fc.asyncProperty(event, async (e) => {
    let payload;
    try {
      payload = await handler(e, context);
    } catch (error) {
      assert.ok(ERROR_NAMES.includes(error.name), error.name);
      assert.match(error.code, /^[A-Z_]+$/);
      assert.ok(STATUSES.includes(error.status));
      assertNothingLeaked(error.message);
      return;
    }
    assertDigits(payload);
  }), { numRuns: 4000 });
});

test('every valid request, of every kind, gives the right digits', async () => {
  const v2 = (method, query, body, isBase64Encoded) => ({ version: '2.0', rawPath: '/pi', queryStringParameters: query, body, isBase64Encoded, requestContext: { http: { method } } });
  const kinds = [
    (n) => ({ digits: n }),
    (n) => v2('GET', { digits: String(n).padStart(10, '0') }, null, false),
    (n) => v2('POST', null, JSON.stringify({ digits: n }), false),
    (n) => v2('POST', null, Buffer.from(`{"digits": ${n}}`).toString('base64'), true),
    (n) => ({ httpMethod: 'GET', path: '/', queryStringParameters: { digits: String(n) }, requestContext: {} }),
  ];
  await fc.assert(fc.asyncProperty(fc.nat(DIGITS.length), fc.nat(kinds.length - 1), async (n, kind) => {
    const event = kinds[kind](n);
    const answer = await handler(event, { getRemainingTimeInMillis: () => 60000 });
    assertDigits(answer.statusCode === 200 ? JSON.parse(answer.body) : answer);
    assert.equal(JSON.parse(answer.body ?? '{}').digits ?? answer.digits, n);
  }), { numRuns: 2000 });
});
