'use strict';
// The Node function and its Go twin answer the same events alike: the fixed
// event set and the only accepted differences are in parity.json.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { Emulator, nodeRuntime } = require('./emulator.js');
const { unzipFresh, digits } = require('./tools.js');
const { events } = require('./parity.json');

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

test('the Node function and the Go twin give byte-identical responses', { timeout: 600000 }, async (t) => {
  const node = await Emulator.start({ dir: unzipFresh('function-x86_64.zip'), command: nodeRuntime('app.handler'), timeout: 3 });
  t.after(() => node.stop());
  const goDir = unzipFresh('function-go-x86_64.zip');
  const go = await Emulator.start({ dir: goDir, command: [path.join(goDir, 'bootstrap')], timeout: 3 });
  t.after(() => go.stop());
  // A first invoke each: init time counts against the first deadline.
  await node.invoke({ digits: 1 });
  await go.invoke({ digits: 1 });

  let identical = 0;
  for (const { name, event } of events) {
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
  }
  t.diagnostic(`${identical} of ${events.length} responses byte-identical; the rest differ only as parity.json lists`);
  const timeout = events.find((e) => e.name.includes('timeout'));
  assert.match(comparable((await node.invoke(timeout.event)).body), /^error TimeoutError/);
});

test('the arm64 Go twin answers under qemu', { timeout: 120000 }, async (t) => {
  const dir = unzipFresh('function-go-arm64.zip');
  const go = await Emulator.start({ dir, command: ['qemu-aarch64', path.join(dir, 'bootstrap')] });
  t.after(() => go.stop());
  assert.equal((await go.invoke({ digits: 1000 })).body, JSON.stringify({ digits: 1000, pi: await digits(1000) }));
});
