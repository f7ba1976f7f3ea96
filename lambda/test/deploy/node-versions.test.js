'use strict';
// dist/function-{x86_64,arm64}.zip, each unzipped into a fresh folder, answer
// on the official binary of each tested Node major (arm64 under qemu-aarch64):
// direct, HTTP and worker-thread invokes of app.handler (fixtures/smoke.js).
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { unzipFresh } = require('./tools.js');
const { nodes, run } = require('../../../test/runtimes.js');
const { DIGITS } = require('../../../js/test/reference.js');

const smoke = path.join(__dirname, 'fixtures', 'smoke.js');

for (const node of nodes) {
  const zip = `function-${node.arch === 'x64' ? 'x86_64' : 'arm64'}.zip`;
  test(`${zip} answers on Node ${node.version} ${node.arch}`, { timeout: 300000 }, async () => {
    const { code, signal, stdout, stderr } = await run(node, [smoke], { cwd: unzipFresh(zip) });
    assert.ok(code === 0 && signal === null, `exit ${code} ${signal}: ${stderr}`);
    const out = JSON.parse(stdout);
    assert.equal(out.version, `v${node.version}`);
    assert.equal(out.arch, node.arch);
    assert.deepEqual(out.direct, { digits: 10000, pi: DIGITS.slice(0, 10000) });
    assert.equal(out.http.statusCode, 200);
    assert.equal(out.http.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(out.http.body), { digits: 30, pi: DIGITS.slice(0, 30) });
    assert.deepEqual(out.worker, { digits: 5000, pi: DIGITS.slice(0, 5000) });
  });
}
