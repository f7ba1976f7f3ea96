'use strict';
// Whatever getRemainingTimeInMillis gives, or throws, the handler answers:
// local runners and test harnesses give values the real runtime never does.
const test = require('node:test');
const assert = require('node:assert/strict');
const { handler } = require('../app.js');
const { deadlineSignal, remainingMillis, MAX_TIMER_MS } = require('../deadline.js');

const get = (digits) => ({ version: '2.0', rawPath: '/pi', queryStringParameters: { digits: String(digits) }, requestContext: { http: { method: 'GET' } } });
const thrower = () => { throw new RangeError('no clock here'); };
const revoked = Proxy.revocable({}, {});
revoked.revoke();

// [what the context gives, the milliseconds read from it]
const contexts = [
  [{ getRemainingTimeInMillis: () => NaN }, undefined],
  [{ getRemainingTimeInMillis: () => Infinity }, undefined],
  [{ getRemainingTimeInMillis: () => -Infinity }, undefined],
  [{ getRemainingTimeInMillis: () => '30000' }, undefined],
  [{ getRemainingTimeInMillis: () => 30000n }, undefined],
  [{ getRemainingTimeInMillis: () => null }, undefined],
  [{ getRemainingTimeInMillis: thrower }, undefined],
  [{ getRemainingTimeInMillis: 30000 }, undefined],
  [{ get getRemainingTimeInMillis() { return thrower(); } }, undefined],
  [revoked.proxy, undefined],
  [null, undefined],
  [undefined, undefined],
  [{ getRemainingTimeInMillis: () => 2 ** 40 }, 2 ** 40],
  [{ getRemainingTimeInMillis: () => 29999.5 }, 29999],
  [{ getRemainingTimeInMillis: () => 60000 }, 60000],
];

test('any remaining time reads as a whole number of milliseconds or as no deadline', () => {
  for (const [context, want] of contexts) assert.equal(remainingMillis(context), want, String(want));
});

test('no deadline, or one further off than a timer can wait, gives no signal', () => {
  assert.equal(deadlineSignal({ getRemainingTimeInMillis: () => 2 ** 40 }), undefined);
  assert.equal(deadlineSignal({ getRemainingTimeInMillis: () => MAX_TIMER_MS + 501 }), undefined);
  assert.ok(deadlineSignal({ getRemainingTimeInMillis: () => MAX_TIMER_MS + 500 }) instanceof AbortSignal);
  assert.equal(deadlineSignal({ getRemainingTimeInMillis: () => NaN }), undefined);
});

test('the handler answers right digits under every such context, direct and HTTP', async () => {
  for (const [context] of contexts) {
    assert.deepEqual(await handler({ digits: 7 }, context), { digits: 7, pi: '3141592' });
    const response = await handler(get(7), context);
    assert.equal(response.statusCode, 200);
    assert.deepEqual(JSON.parse(response.body), { digits: 7, pi: '3141592' });
  }
});

test('a deadline already past, fractional or negative, is a TimeoutError, or a 504 for HTTP', async () => {
  for (const left of [0.5, -1, -1e300]) {
    const context = { getRemainingTimeInMillis: () => left };
    await assert.rejects(handler({ digits: 3_000_000 }, context), { name: 'TimeoutError' });
    const response = await handler(get(3_000_000), context);
    assert.equal(response.statusCode, 504);
    assert.equal(JSON.parse(response.body).error.code, 'TIMEOUT');
  }
});
