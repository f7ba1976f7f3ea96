#!/usr/bin/env node
'use strict';
// make soak: 10,000 mixed invokes of dist/function-x86_64.zip (app.handler)
// under the Runtime Interface Emulator, at 128 MB and a 2 s timeout: digits
// of many sizes, direct and HTTP, bad events (lambda/test/events.json),
// refusals for memory and response size, and deadline hits. Every answer is
// checked; the runtime's resident memory is sampled every 100 invokes and
// printed as a curve; after the first 1,000, the median of each 1,000 may
// rise at most 16 MiB, and the peak must stay below the 128 MB.
//   node scripts/soak.js [invokes]
const assert = require('node:assert/strict');
const { Emulator, nodeRuntime } = require('../lambda/test/deploy/emulator.js');
const { unzipFresh, digits } = require('../lambda/test/deploy/tools.js');
const { maxDigitsFor } = require('../lambda/memory.js');
const { isHttp } = require('../lambda/request.js');
const { events: corpus } = require('../lambda/test/events.json');

const INVOKES = Number(process.argv[2] ?? 10_000);
const MEMORY_MB = 128;
const WARM_UP = Math.min(1000, INVOKES / 10);
const SAMPLE_EVERY = 100;
const FLAT_MIB = 16; // the most the RSS may grow after warm-up
const LIMIT = { direct: 6291530, http: 6291450 }; // the most digits a 6 MB answer holds
const FITS = maxDigitsFor(MEMORY_MB);
// As lambda/template.yaml sets it: without it V8's young generation grows to
// its 16 MiB semi-spaces and the old one after it, and a warm runtime's RSS
// climbs about 27 MiB over 9,000 invokes, until even small requests no
// longer fit 128 MB.
const NODE_OPTIONS = '--max-semi-space-size=2';

// A fixed-seed generator (mulberry32), so a failing run can be repeated.
let seed = 20261203;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
}
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (list) => list[Math.floor(random() * list.length)];

const v2 = (method, query, body = null, isBase64Encoded = false) => ({ version: '2.0', rawPath: '/pi', queryStringParameters: query, body, isBase64Encoded, requestContext: { http: { method } } });
const asks = [
  (n) => ({ digits: n }),
  (n) => v2('GET', { digits: String(n) }),
  (n) => v2('POST', null, JSON.stringify({ digits: n })),
  (n) => v2('POST', null, Buffer.from(JSON.stringify({ digits: n })).toString('base64'), true),
  (n) => ({ httpMethod: 'GET', path: '/pi', queryStringParameters: { digits: String(n) }, requestContext: {} }),
];

// One invoke: [kind, event as JSON text, what must come back].
function nextInvoke() {
  const r = random();
  if (r < 0.20) {
    const { event, raw, want } = pick(corpus);
    const text = raw ?? JSON.stringify(event);
    const parsed = JSON.parse(text);
    return want.digits === undefined ? ['bad event', text, { http: isHttp(parsed), error: want }] : ['corpus', text, { http: isHttp(parsed), n: want.digits }];
  }
  let kind, n;
  if (r < 0.92) [kind, n] = ['small', between(0, 20000)];
  else if (r < 0.95) [kind, n] = ['medium', between(100_000, 300_000)];
  else if (r < 0.97) [kind, n] = ['memory', between(FITS + 1, LIMIT.http)];
  else if (r < 0.99) [kind, n] = ['response size', between(LIMIT.direct + 1, 100_000_000)];
  else [kind, n] = ['deadline', 1_000_000];
  const event = pick(asks)(n);
  return [kind, JSON.stringify(event), { http: isHttp(event), n }];
}

// What the function must answer n digits with: the digits, or a refusal.
function expectedCode(n, http) {
  if (n > (http ? LIMIT.http : LIMIT.direct)) return ['RESPONSE_TOO_LARGE', 'ResponseTooLargeError'];
  if (n > FITS) return ['INSUFFICIENT_MEMORY', 'InsufficientMemoryError'];
  return null;
}

// Below FITS, a warm runtime may refuse too (lambda/memory.js): counted apart.
const refusedWarm = (answer, payload, http) => (http ? payload.error?.code === 'INSUFFICIENT_MEMORY' : answer.errorType === 'InsufficientMemoryError');

// Checks an answer; returns 'timeout' for a deadline hit, 'refused, warm'
// for a refusal of what a fresh runtime would take.
async function check(body, want, reference) {
  const answer = JSON.parse(body);
  const payload = want.http ? JSON.parse(answer.body) : answer;
  const status = want.http ? answer.statusCode : 200;
  if (want.error) {
    if (want.http) assert.deepEqual([status, payload.error.code, payload.error.message], [want.error.status, want.error.code, want.error.message]);
    else assert.deepEqual([answer.errorType, answer.errorMessage], ['InvalidEventError', want.error.message]);
    return;
  }
  const refusal = expectedCode(want.n, want.http);
  if (refusal) {
    assert.equal(want.http ? payload.error.code : answer.errorType, want.http ? refusal[0] : refusal[1]);
    return;
  }
  if (refusedWarm(answer, payload, want.http)) return 'refused, warm';
  // A deadline hit is a right answer at any size: how far the digits get
  // in 1.5 s depends on the machine. They are counted apart.
  if (want.http ? status === 504 : answer.errorType === 'TimeoutError') return 'timeout';
  assert.equal(status, 200);
  assert.equal(payload.digits, want.n);
  assert.equal(payload.pi.length, want.n);
  assert.ok(payload.pi.slice(0, reference.length) === reference.slice(0, want.n), `wrong digits for n=${want.n}`);
}

async function main() {
  const reference = await digits(1_000_000);
  const emulator = await Emulator.start({ dir: unzipFresh('function-x86_64.zip'), command: nodeRuntime('app.handler'), timeout: 2, env: { AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(MEMORY_MB), NODE_OPTIONS } });
  const counts = {};
  const curve = [];
  let highest = 0;
  try {
    for (let i = 0; i < INVOKES; i++) {
      const [kind, text, want] = nextInvoke();
      const { status, body } = await emulator.invoke(text);
      assert.equal(status, 200, `invoke ${i} (${kind}): ${body.slice(0, 200)}`);
      let outcome;
      try {
        outcome = await check(body, want, reference);
      } catch (error) {
        error.message = `invoke ${i} (${kind}) ${text.slice(0, 200)}: ${error.message}\n${body.slice(0, 300)}`;
        throw error;
      }
      const key = outcome ? `${kind}: ${outcome}` : kind;
      counts[key] = (counts[key] ?? 0) + 1;
      const { hwm } = emulator.memory();
      if (hwm > highest) {
        highest = hwm;
        if (i >= WARM_UP) console.log(`invoke ${i} (${key}, n=${want.n ?? '-'}): peak now ${(hwm / 1024).toFixed(1)} MiB`);
      }
      if ((i + 1) % SAMPLE_EVERY === 0 || i === 0) curve.push([i + 1, emulator.memory().rss]);
    }
    const { hwm } = emulator.memory();
    const mib = (kib) => (kib / 1024).toFixed(1);
    console.log(`${INVOKES} invokes at ${MEMORY_MB} MB, every answer right:`, JSON.stringify(counts));
    console.log('invoke\tRSS MiB');
    for (const [i, rss] of curve) console.log(`${i}\t${mib(rss)}`);
    // Flat: the median RSS of each 1,000 invokes after warm-up (a sample
    // may fall in a computation), first window against last.
    const medians = [];
    for (let from = WARM_UP; from < INVOKES; from += 1000) {
      const window = curve.filter(([i]) => i > from && i <= from + 1000).map(([, rss]) => rss).sort((a, b) => a - b);
      if (window.length) medians.push(window[Math.floor(window.length / 2)]);
    }
    console.log(`median RSS of each 1,000 invokes after warm-up (${WARM_UP}): ${medians.map(mib).join(', ')} MiB; peak (VmHWM) ${mib(hwm)} MiB`);
    const growth = medians.at(-1) - medians[0];
    assert.ok(growth <= FLAT_MIB * 1024, `RSS grew ${mib(growth)} MiB after warm-up`);
    assert.ok(hwm < MEMORY_MB * 1024, `peak ${mib(hwm)} MiB above ${MEMORY_MB} MB`);
  } finally {
    await emulator.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
