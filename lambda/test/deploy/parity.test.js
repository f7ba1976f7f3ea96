'use strict';
// The Node function and its Go twin answer the same events alike: the fixed
// event set and the only accepted differences are in parity.json.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { Emulator, nodeRuntime } = require('./emulator.js');
const { unzipFresh, digits } = require('./tools.js');
const { events } = require('./parity.json');
const { events: corpus } = require('../events.json');

// The one listed difference: a direct invoke's error, compared on
// errorType and errorMessage.
function comparable(body) {
  try {
    const parsed = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && 'errorType' in parsed && 'errorMessage' in parsed) {
      return `error ${parsed.errorType}: ${parsed.errorMessage}`;
    }
  } catch { /* not JSON: compared as is */ }
  return body;
}

// The Node function and the Go twin, each under its emulator with a 60 s
// timeout, the function memory given (the emulator's default without) and
// the deadline margin given: a margin above the timeout makes every invoke a
// timeout, whatever the machine's speed.
async function startPair(t, memory, margin) {
  const env = {
    ...(memory ? { AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(memory) } : {}),
    ...(margin ? { COMPUTE_PI_DEADLINE_MARGIN_MS: String(margin) } : {}),
  };
  const node = await Emulator.start({ dir: unzipFresh('function-x86_64.zip'), command: nodeRuntime('app.handler'), timeout: 60, env });
  t.after(() => node.stop());
  const goDir = unzipFresh('function-go-x86_64.zip');
  const go = await Emulator.start({ dir: goDir, command: [path.join(goDir, 'bootstrap')], timeout: 60, env });
  t.after(() => go.stop());
  // A first invoke each: init time counts against the first deadline.
  await node.invoke({ digits: 1 });
  await go.invoke({ digits: 1 });
  return { node, go };
}

// parity.json's events, then the shared corpus of lambda/test/events.json
// as JSON text (some of its numbers have no JS value).
const all = [...events, ...corpus.map(({ name, event, raw }) => ({ name: `corpus: ${name}`, event: raw ?? JSON.stringify(event) }))];

test('the Node function and the Go twin give byte-identical responses', { timeout: 600000 }, async (t) => {
  let identical = 0;
  const groups = new Map(all.map((e) => [`${e.memory}/${e.margin}`, e]));
  for (const [key, { memory, margin }] of groups) {
    const { node, go } = await startPair(t, memory, margin);
    for (const { name, event } of all.filter((e) => `${e.memory}/${e.margin}` === key)) {
      const a = await node.invoke(event);
      const b = await go.invoke(event);
      assert.equal(a.status, b.status, name);
      if (a.body === b.body) {
        identical++;
      } else {
        assert.equal(comparable(a.body).slice(0, 2000), comparable(b.body).slice(0, 2000), name);
        assert.ok(comparable(a.body) === comparable(b.body), `${name}: the responses differ`);
      }
      if (typeof event === 'object' && event && Number.isInteger(event.digits) && event.digits >= 0 && event.digits <= 1e6 && !('version' in event)) {
        assert.ok(a.body === JSON.stringify({ digits: event.digits, pi: await digits(event.digits) }), `${name}: wrong digits`);
      }
      if (name.includes('memory')) assert.match(a.body, /INSUFFICIENT_MEMORY|InsufficientMemoryError/, name);
      if (name.includes('timeout')) assert.match(comparable(a.body), /^error TimeoutError/, name);
    }
  }
  t.diagnostic(`${identical} of ${all.length} responses byte-identical; the rest differ only as parity.json lists`);
});

test('the arm64 Go twin answers under qemu', { timeout: 120000 }, async (t) => {
  const dir = unzipFresh('function-go-arm64.zip');
  const go = await Emulator.start({ dir, command: ['qemu-aarch64', path.join(dir, 'bootstrap')] });
  t.after(() => go.stop());
  assert.equal((await go.invoke({ digits: 1000 })).body, JSON.stringify({ digits: 1000, pi: await digits(1000) }));
});
