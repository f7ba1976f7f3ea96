'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { handler, RESPONSE_LIMIT } = require('../app.js');
const { MAX_DIGITS } = require('compute-pi-go');
const { DIGITS } = require('../../js/test/reference.js');

const context = { getRemainingTimeInMillis: () => 60000 };
const v2 = (method, rawPath, query, body, isBase64Encoded = false) => ({
  version: '2.0', rawPath, queryStringParameters: query, body, isBase64Encoded, requestContext: { http: { method } },
});
const v1 = (httpMethod, path, query, body) => ({ httpMethod, path, queryStringParameters: query, body, requestContext: {} });

test('{"digits": N} gives {"digits": N, "pi": "314..."}', async () => {
  assert.deepEqual(await handler({ digits: 5 }, context), { digits: 5, pi: '31415' });
  assert.deepEqual(await handler({ digits: 0 }, context), { digits: 0, pi: '' });
  assert.deepEqual(await handler({ digits: 2000 }), { digits: 2000, pi: DIGITS.slice(0, 2000) });
});

test('a bad direct event is refused with an error that names the field and the rule', async () => {
  const bad = [
    [null, /JSON object.*got null/],
    ['{"digits": 5}', /JSON object.*got a string/],
    [[5], /JSON object.*got an array/],
    [{}, /no "digits" field/],
    [{ digit: 5 }, /no "digits" field/],
    [{ digits: '5' }, /"digits" field must be an integer from 0 to \d+; got a string/],
    [{ digits: -1 }, /"digits" field.*got a negative number/],
    [{ digits: 2.5 }, /"digits" field.*got a number with a fraction/],
    [{ digits: null }, /"digits" field.*got null/],
    [{ digits: undefined }, /"digits" field.*got undefined$/],
    [{ digits: MAX_DIGITS + 1 }, /"digits" field.*got a larger number/],
  ];
  for (const [event, message] of bad) {
    await assert.rejects(handler(event, context), (error) => {
      assert.equal(error.name, 'InvalidEventError');
      assert.match(error.message, message);
      return true;
    }, JSON.stringify(event));
  }
});

test('HTTP requests (payload v2 and v1) get statusCode, content-type and a JSON body', async () => {
  for (const event of [
    v2('GET', '/pi', { digits: '12' }),
    v2('GET', '/', { digits: '12' }),
    v2('POST', '/pi', undefined, '{"digits":12}'),
    v2('POST', '/pi', undefined, Buffer.from('{"digits":12}').toString('base64'), true),
    v1('GET', '/pi', { digits: '12' }),
    v1('POST', '/pi', null, '{"digits":12}'),
  ]) {
    const response = await handler(event, context);
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.headers, { 'content-type': 'application/json' });
    assert.deepEqual(JSON.parse(response.body), { digits: 12, pi: DIGITS.slice(0, 12) });
  }
});

test('bad HTTP requests get a 4xx with a JSON error naming the field', async () => {
  for (const [event, status, code, field] of [
    [v2('GET', '/pi', {}), 400, 'MISSING_DIGITS', 'digits'],
    [v1('GET', '/pi', null), 400, 'MISSING_DIGITS', 'digits'],
    [v2('GET', '/pi', { digits: '-3' }), 400, 'INVALID_DIGITS', 'digits'],
    [v2('GET', '/pi', { digits: '1e3' }), 400, 'INVALID_DIGITS', 'digits'],
    [v2('GET', '/pi', { digits: '100000001' }), 400, 'INVALID_DIGITS', 'digits'],
    [v2('POST', '/pi', undefined, 'not json'), 400, 'INVALID_BODY', 'body'],
    [v2('POST', '/pi', undefined, '{"digits":"5"}'), 400, 'INVALID_DIGITS', 'digits'],
    [v2('GET', '/other', { digits: '5' }), 404, 'NOT_FOUND', 'path'],
    [v2('DELETE', '/pi', { digits: '5' }), 405, 'METHOD_NOT_ALLOWED', 'method'],
    [v1('PUT', '/pi', null), 405, 'METHOD_NOT_ALLOWED', 'method'],
  ]) {
    const response = await handler(event, context);
    assert.equal(response.statusCode, status, JSON.stringify(event));
    assert.equal(response.headers['content-type'], 'application/json');
    const { error } = JSON.parse(response.body);
    assert.equal(error.code, code);
    assert.equal(error.field, field);
    assert.ok(error.message.length > 10);
  }
});

test("a response above Lambda's 6 MB limit is refused before computing", async () => {
  // The largest direct response that fits is exactly the limit.
  const fits = RESPONSE_LIMIT - JSON.stringify({ digits: 6291530, pi: '' }).length;
  assert.equal(fits, 6291530);
  await assert.rejects(handler({ digits: fits + 1 }, context), { name: 'ResponseTooLargeError', message: /6291556-byte limit/ });
  const response = await handler(v2('GET', '/pi', { digits: '6291500' }), context);
  assert.equal(response.statusCode, 413);
  assert.equal(JSON.parse(response.body).error.code, 'RESPONSE_TOO_LARGE');
});

test('a computation that would outlast the function is cancelled with a clear error', async () => {
  const short = { getRemainingTimeInMillis: () => 500 };
  await assert.rejects(handler({ digits: 6_000_000 }, short), { name: 'TimeoutError', message: /before the function's timeout/ });
  const response = await handler(v2('GET', '/pi', { digits: '6000000' }), short);
  assert.equal(response.statusCode, 504);
  assert.equal(JSON.parse(response.body).error.code, 'TIMEOUT');
});
