'use strict';
// dist/function-layered.zip (app.js without compute-pi-go) with a layer
// unzipped where Lambda puts layers, and NODE_PATH as Lambda's Node runtimes
// set it: the package comes from the layer.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { Emulator, nodeRuntime } = require('./emulator.js');
const { tools, unzipFresh, digits } = require('./tools.js');

// Lambda's NODE_PATH, with /opt (the layers) and /var/task (the function)
// standing for the folders the test unzipped them into.
const nodePath = (opt, task) => [
  `${opt}/nodejs/node22/node_modules`, `${opt}/nodejs/node_modules`, '/var/runtime/node_modules', '/var/runtime', task,
].join(':');

test('the function zip holds no addon: the package comes from the layer', () => {
  const task = unzipFresh('function-layered.zip');
  assert.deepEqual(fs.readdirSync(task).sort(), ['app.js', 'stream.js']);
  for (const arch of ['x86_64', 'arm64']) {
    const opt = unzipFresh(`layer-${arch}.zip`);
    const cpu = arch === 'x86_64' ? 'x64' : 'arm64';
    assert.deepEqual(fs.readdirSync(path.join(opt, 'nodejs', 'node_modules', '@compute-pi-go')), [`linux-${cpu}-gnu`]);
  }
});

test('the x86_64 layer under the emulator', { timeout: 120000 }, async (t) => {
  const task = unzipFresh('function-layered.zip');
  const opt = unzipFresh('layer-x86_64.zip');
  const emulator = await Emulator.start({ dir: task, command: nodeRuntime('app.handler'), env: { NODE_PATH: nodePath(opt, task) } });
  t.after(() => emulator.stop());
  const { status, body } = await emulator.invoke({ digits: 1000 });
  assert.equal(status, 200);
  assert.equal(body, JSON.stringify({ digits: 1000, pi: await digits(1000) }));
  const http = JSON.parse((await emulator.invoke({
    version: '2.0', rawPath: '/pi', queryStringParameters: { digits: '25' }, requestContext: { http: { method: 'GET' } },
  })).body);
  assert.equal(http.statusCode, 200);
  assert.deepEqual(JSON.parse(http.body), { digits: 25, pi: await digits(25) });
});

test('the arm64 layer on arm64 Node 22 under qemu', { timeout: 120000 }, async () => {
  const task = unzipFresh('function-layered.zip');
  const opt = unzipFresh('layer-arm64.zip');
  const out = execFileSync('qemu-aarch64', ['-L', '/usr/aarch64-linux-gnu', tools.node22arm64, '-e',
    "require('./app.js').handler({ digits: 300 }).then((r) => process.stdout.write(JSON.stringify([process.arch, r])))"],
  { cwd: task, env: { PATH: process.env.PATH, NODE_PATH: nodePath(opt, task) }, encoding: 'utf8' });
  assert.deepEqual(JSON.parse(out), ['arm64', { digits: 300, pi: await digits(300) }]);
});
