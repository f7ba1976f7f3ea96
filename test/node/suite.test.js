'use strict';
// The JS tests (npm run test:js) pass on the official x64 binary of each
// tested Node major: the one compute_pi.node, built against Node-API 8,
// loads and behaves the same on all. js/test/memory.test.js (10^7 digits,
// heavy) runs once, on the default node, in npm run test:js.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { root, nodes, run } = require('../runtimes.js');

const files = ['js/test', 'lambda/test']
  .flatMap((dir) => fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.test.js')).map((f) => `${dir}/${f}`))
  .filter((f) => f !== 'js/test/memory.test.js');

for (const node of nodes.filter((n) => n.arch === 'x64')) {
  test(`the JS tests pass on Node ${node.version} x64`, { timeout: 600000 }, async (t) => {
    const { code, signal, stdout, stderr } = await run(node, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files]);
    // A crash's first lines say what it was, its last where: keep both.
    const errors = stderr.length > 4000 ? `${stderr.slice(0, 2000)}\n…\n${stderr.slice(-2000)}` : stderr;
    assert.ok(code === 0 && signal === null, `exit ${code} ${signal}\n${stdout.slice(-6000)}\n${errors}`);
    const count = (what) => Number(new RegExp(`ℹ ${what} (\\d+)`).exec(stdout)?.[1]);
    assert.ok(count('tests') > 0);
    assert.equal(count('pass'), count('tests'), stdout.slice(-2000));
    t.diagnostic(`${count('pass')} tests passed`);
  });
}
