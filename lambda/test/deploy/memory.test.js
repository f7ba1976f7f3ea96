'use strict';
// Issue 10, item 4: a function refuses up front what its memory cannot hold,
// and what it accepts fits. At 128, 512 and 1769 MB, the largest n each
// function accepts (found by asking it) is computed by a fresh runtime whose
// peak resident memory stays below the function's memory. stream.js at
// 1769 MB accepts 7.4·10^7 digits, more than 5 minutes of computing here:
// it is left to measure-memory.js (lambda/memory.js has the figure).
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const { Emulator } = require('./emulator.js');
const { unzipFresh, digits } = require('./tools.js');
const { functions, peakKiB, get } = require('./measure-memory.js');

// The emulator answers a streamed direct invoke's error with an empty body
// (the error travels in trailers): stream.js is asked over HTTP, whose
// status and body travel in the stream.
const eventFor = (name, fn) => (name === 'stream' ? get : fn.event);

// The largest n fn accepts at memoryMB: a refusal is immediate, and with a
// deadline margin above the timeout an accepted n answers TIMEOUT at once,
// computing nothing, so no abandoned computation changes the next answer.
async function largestAccepted(fn, event, memoryMB) {
  const dir = unzipFresh(fn.zip);
  const emulator = await Emulator.start({
    dir, command: fn.command(dir), timeout: 1,
    env: { AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(memoryMB), COMPUTE_PI_DEADLINE_MARGIN_MS: '120000' },
  });
  try {
    await emulator.invoke(event(1));
    const refusal = async (n) => /INSUFFICIENT_MEMORY|InsufficientMemoryError|RESPONSE_TOO_LARGE|ResponseTooLargeError/.exec((await emulator.invoke(event(n))).body)?.[0];
    let [lo, hi] = [0, 100_000_001]; // lo accepted, hi refused
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (await refusal(mid)) hi = mid; else lo = mid;
    }
    return { n: lo, refusal: await refusal(lo + 1) };
  } finally {
    await emulator.stop();
    fs.rmSync(dir, { recursive: true });
  }
}

// What an answer holds: the digits, from an HTTP body or a direct answer.
const payloadOf = (body) => {
  const parsed = JSON.parse(body);
  return parsed.statusCode ? JSON.parse(parsed.body) : parsed;
};

// The Node functions' model starts from the process's resident memory at
// the request (lambda/memory.js), which varies by a MiB or two from one
// fresh runtime to the next: the largest n one runtime accepted, another
// may refuse. So the peak is measured a few MiB of digits (24 bytes each)
// below it.
const RSS_JITTER_DIGITS = Math.ceil((4 * 1024 * 1024) / 24);

for (const [name, fn] of Object.entries(functions)) {
  const memories = name === 'stream' ? [128, 512] : [128, 512, 1769];
  test(`${name}: the largest accepted n at ${memories.join(', ')} MB peaks below that memory`, { timeout: 1_800_000 }, async (t) => {
    for (const memoryMB of memories) {
      const event = eventFor(name, fn);
      const { n, refusal } = await largestAccepted(fn, event, memoryMB);
      assert.ok(n >= 1_000_000, `${memoryMB} MB: only ${n} digits accepted`);
      assert.ok(refusal, `${memoryMB} MB: ${n + 1} digits not refused`);
      const measured = n - RSS_JITTER_DIGITS;
      const { hwm, status, body } = await peakKiB(fn, event(measured), memoryMB);
      t.diagnostic(`${memoryMB} MB: largest n ${n} (then ${refusal}), peak at ${measured} ${(hwm / 1024).toFixed(1)} MiB`);
      assert.equal(status, 200);
      if (name === 'stream' && measured > 6_000_000) {
        // The emulator caps a streamed answer at 6 MB (see node-x86_64.test.js).
        assert.match(body, /ResponseSizeTooLarge/);
      } else {
        const { pi } = name === 'stream' ? { pi: body.slice(body.indexOf('"pi":"') + 6, -2) } : payloadOf(body);
        assert.equal(pi.length, measured);
        assert.equal(pi.slice(0, 1_000_000), await digits(1_000_000));
      }
      assert.ok(hwm < memoryMB * 1024, `${memoryMB} MB: ${measured} digits peaked at ${(hwm / 1024).toFixed(1)} MiB`);
    }
  });
}
