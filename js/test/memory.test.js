'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { referenceHash } = require('./reference.js');

const root = path.join(__dirname, '..', '..');

// Issue #3: peak resident memory at 10^7 digits within 300 MiB. Measured on a
// fresh Node process that computes them as a string, as a Lambda would,
// with the addon's own heap policy (pkg/heaplimit: no GOGC or GOMEMLIMIT).
test('10^7 digits as a string: right digits, whole Node process peaks within 300 MiB', { timeout: 300000 }, (t) => {
  const want = referenceHash(10_000_000);
  const script = `
    const { createHash } = require('node:crypto');
    require('compute-pi-go').generate(1e7, { format: 'string' }).then((digits) => {
      const sha = createHash('sha256').update(digits).digest('hex');
      console.log(JSON.stringify({ sha, maxRSS: process.resourceUsage().maxRSS }));
    });`;
  const env = { ...process.env };
  delete env.GOGC;
  delete env.GOMEMLIMIT;
  const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, env, encoding: 'utf8' }));
  assert.equal(out.sha, want);
  const mib = out.maxRSS / 1024;
  t.diagnostic(`peak RSS ${mib.toFixed(0)} MiB`);
  assert.ok(mib <= 300, `peak RSS ${mib.toFixed(0)} MiB`);
});
