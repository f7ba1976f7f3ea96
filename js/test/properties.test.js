'use strict';
// Property-based tests of generate()'s argument handling (fast-check): any
// bad argument rejects with a coded TypeError or RangeError, never throws
// synchronously and never resolves; any good call resolves to the reference
// digits. 13,000 cases in all; a failure prints its seed and the shrunk value.
const test = require('node:test');
const assert = require('node:assert/strict');
const fc = require('fast-check');
const { generate, MAX_DIGITS, MAX_SPIGOT_DIGITS } = require('compute-pi-go');
const { DIGITS } = require('./reference.js');

const FORMATS = ['array', 'string', 'buffer'];
const ALGORITHMS = ['auto', 'spigot', 'chudnovsky'];
const OPTIONS = ['format', 'algorithm', 'signal', 'onProgress'];
const NAME = { ERR_INVALID_ARG_TYPE: 'TypeError', ERR_INVALID_ARG_VALUE: 'TypeError', ERR_OUT_OF_RANGE: 'RangeError' };

// Every value travels in a box: fast-check itself would trip over a revoked
// Proxy (it looks for a clone method on each value), and a box prints well.
const box = (value, label) => ({ value, [fc.toStringMethod]: () => label });

function revoked() {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}
const boom = () => { throw new Error('user code ran'); };
const trapping = new Proxy({}, { get: boom, getPrototypeOf: boom, ownKeys: boom, getOwnPropertyDescriptor: boom });

// Values that run code when looked at, beside all that fc.anything() makes.
const REVOKED = revoked();
const HOSTILE = [
  box(REVOKED, 'a revoked Proxy'),
  box(trapping, 'a Proxy whose traps throw'),
  box(Object.create(trapping), 'an object whose prototype is a Proxy whose traps throw'),
  box(Object.create(null), 'Object.create(null)'),
  box({ get constructor() { return boom(); } }, 'an object whose constructor getter throws'),
  box(Object.create(AbortSignal.prototype), 'Object.create(AbortSignal.prototype)'),
  box(new Proxy(new AbortController().signal, {}), 'a Proxy of an AbortSignal'),
];
const anything = fc.oneof(
  fc.anything({
    withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true,
    withTypedArray: true, withSparseArray: true, withObjectString: true,
  }).map((value) => box(value, fc.stringify(value))),
  fc.constantFrom(...HOSTILE),
  fc.oneof(fc.double(), fc.constantFrom(-0, NaN, Infinity, -Infinity, MAX_DIGITS + 1, 2 ** 53))
    .map((value) => box(value, fc.stringify(value))));

const isGoodN = (n, algorithm = 'auto') => typeof n === 'number' && Number.isInteger(n) && n >= 0 &&
  n <= (algorithm === 'spigot' ? MAX_SPIGOT_DIGITS : MAX_DIGITS);
const nCode = (n) => (typeof n !== 'number' || Number.isNaN(n) ? 'ERR_INVALID_ARG_TYPE' : 'ERR_OUT_OF_RANGE');

// Options must be an object and no Array; a revoked Proxy is neither (and
// the only Proxy on which Array.isArray throws).
const isOptionsObject = (value) =>
  value !== null && typeof value === 'object' && value !== REVOKED && !Array.isArray(value);

const realSignal = new AbortController().signal;

// The codes a call with these arguments may reject with, one per fault (the
// order in which generate() checks them is not promised).
function faults(n, { format, algorithm, signal, onProgress }, extra) {
  const codes = [];
  const known = (list, value) => value === undefined || list.includes(value);
  if (!known(FORMATS, format)) codes.push('ERR_INVALID_ARG_VALUE');
  if (!known(ALGORITHMS, algorithm)) codes.push('ERR_INVALID_ARG_VALUE');
  if (extra !== undefined) codes.push('ERR_INVALID_ARG_VALUE');
  if (signal !== undefined && signal !== realSignal) codes.push('ERR_INVALID_ARG_TYPE');
  if (onProgress !== undefined && typeof onProgress !== 'function') codes.push('ERR_INVALID_ARG_TYPE');
  if (!isGoodN(n, known(ALGORITHMS, algorithm) ? algorithm : 'auto')) codes.push(nCode(n));
  return codes;
}

// Calls generate(...args) and checks that it rejects with one of the codes,
// never throwing synchronously and never resolving.
async function rejectsWithOneOf(codes, ...args) {
  let call;
  try {
    call = generate(...args);
  } catch (error) {
    assert.fail(`threw synchronously: ${error}`);
  }
  assert.ok(call instanceof Promise);
  const error = await call.then(() => assert.fail('resolved'), (reason) => reason);
  assert.ok(codes.includes(error?.code), `code ${error?.code}, expected one of ${codes}: ${error?.message}`);
  assert.equal(error.name, NAME[error.code]);
  assert.equal(typeof error.message, 'string');
}

test('every bad n rejects with ERR_INVALID_ARG_TYPE or ERR_OUT_OF_RANGE', async () => {
  const badN = fc.oneof(
    anything.filter(({ value }) => !isGoodN(value)),
    fc.oneof(fc.maxSafeInteger(), fc.double()).filter((n) => !isGoodN(n)).map((n) => box(n, String(n))));
  const algorithm = fc.constantFrom(undefined, ...ALGORITHMS);
  await fc.assert(fc.asyncProperty(badN, algorithm, async ({ value: n }, algorithm) => {
    await rejectsWithOneOf([nCode(n)], n, algorithm && { algorithm });
  }), { numRuns: 4000 });
  // Above the spigot's own maximum and within the general one.
  await fc.assert(fc.asyncProperty(fc.integer({ min: MAX_SPIGOT_DIGITS + 1, max: MAX_DIGITS }), async (n) => {
    await rejectsWithOneOf(['ERR_OUT_OF_RANGE'], n, { algorithm: 'spigot' });
  }), { numRuns: 1000 });
});

test('every options argument that is no object, or an Array, is ERR_INVALID_ARG_TYPE', async () => {
  const notAnObject = anything.filter(({ value }) => value !== undefined && !isOptionsObject(value));
  await fc.assert(fc.asyncProperty(notAnObject, async ({ value: options }) => {
    await rejectsWithOneOf(['ERR_INVALID_ARG_TYPE'], 5, options);
  }), { numRuns: 2000 });
});

test('every bad options object rejects with the code of one of its faults', async () => {
  // Each property is absent, good or bad, and so is n; an unknown key may
  // join them. Only the cases with at least one fault count.
  const maybe = (good, bad) => fc.oneof(fc.constant(box(undefined, 'undefined')), good, bad);
  const good = (...values) => fc.constantFrom(...values.map((value) => box(value, String(value))));
  const options = fc.record({
    format: maybe(good(...FORMATS), anything.filter(({ value }) => value !== undefined && !FORMATS.includes(value))),
    algorithm: maybe(good(...ALGORITHMS), anything.filter(({ value }) => value !== undefined && !ALGORITHMS.includes(value))),
    signal: maybe(good(realSignal), anything.filter(({ value }) => value !== undefined)),
    onProgress: maybe(good(() => {}), anything.filter(({ value }) => value !== undefined && typeof value !== 'function')),
  });
  const extra = fc.option(fc.string().filter((key) => !OPTIONS.includes(key)), { nil: undefined });
  const n = fc.oneof(fc.integer({ min: 0, max: 50 }).map((v) => box(v, String(v))),
    anything.filter(({ value }) => !isGoodN(value)));
  await fc.assert(fc.asyncProperty(n, options, extra, async ({ value: digits }, boxes, key) => {
    const known = Object.fromEntries(Object.entries(boxes).map(([name, { value }]) => [name, value]));
    const codes = faults(digits, known, key);
    fc.pre(codes.length > 0);
    const given = Object.fromEntries(Object.entries(known).filter(([, value]) => value !== undefined));
    if (key !== undefined) Object.defineProperty(given, key, { value: 1, enumerable: true }); // '__proto__' too
    await rejectsWithOneOf(codes, digits, given);
  }), { numRuns: 4000 });
});

test('every good call with n up to 2000 resolves to the reference digits', async () => {
  const call = fc.record({
    n: fc.integer({ min: 0, max: 2000 }),
    format: fc.constantFrom(undefined, ...FORMATS),
    algorithm: fc.constantFrom(undefined, ...ALGORITHMS),
    signal: fc.boolean(),
    onProgress: fc.boolean(),
  });
  await fc.assert(fc.asyncProperty(call, async ({ n, format, algorithm, signal, onProgress }) => {
    const options = {};
    if (format) options.format = format;
    if (algorithm) options.algorithm = algorithm;
    if (signal) options.signal = realSignal;
    if (onProgress) options.onProgress = () => {};
    const digits = await generate(n, Object.keys(options).length > 0 ? options : undefined);
    const expected = DIGITS.slice(0, n);
    if (format === 'string') assert.equal(digits, expected);
    else assert.equal(Array.from(digits).join(''), expected);
    assert.equal(Buffer.isBuffer(digits), format === 'buffer');
    assert.equal(Array.isArray(digits), !format || format === 'array');
  }), { numRuns: 2000 });
});
