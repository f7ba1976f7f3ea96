'use strict';
// dist/function-arm64.zip, unzipped into a fresh folder: Node's official
// arm64 binary loads the handler and invokes it under qemu-aarch64.
const test = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const { tools, unzipFresh, digits } = require('./tools.js');

test('the arm64 function runs on arm64 Node 22 under qemu', { timeout: 300000 }, async () => {
  const dir = unzipFresh('function-arm64.zip');
  const script = `
    const { handler } = require('./app.js');
    const events = ${JSON.stringify([
      { digits: 0 }, { digits: 5 }, { digits: 20000 },
      { version: '2.0', rawPath: '/pi', queryStringParameters: { digits: '30' }, requestContext: { http: { method: 'GET' } } },
      { digits: 'x' },
    ])};
    (async () => {
      const out = [process.arch];
      for (const e of events) {
        try { out.push(await handler(e, { getRemainingTimeInMillis: () => 60000 })); }
        catch (error) { out.push({ errorType: error.name }); }
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const out = JSON.parse(execFileSync('qemu-aarch64', ['-L', '/usr/aarch64-linux-gnu', tools.node22arm64, '-e', script], {
    cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26,
  }));
  assert.equal(out[0], 'arm64');
  assert.deepEqual(out[1], { digits: 0, pi: '' });
  assert.deepEqual(out[2], { digits: 5, pi: '31415' });
  assert.deepEqual(out[3], { digits: 20000, pi: await digits(20000) });
  assert.equal(out[4].statusCode, 200);
  assert.deepEqual(JSON.parse(out[4].body), { digits: 30, pi: await digits(30) });
  assert.deepEqual(out[5], { errorType: 'InvalidEventError' });
});
