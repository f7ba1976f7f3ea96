#!/usr/bin/env node
// Cold start and warm invoke under the Lambda Runtime Interface Emulator on
// Node 22, side by side: the Node function with this addon (the x86_64 zip),
// a pure-JS handler with the seed's BigInt spigot, and the pure-Go twin.
//   make bench-lambda        (needs `make lambda` first; the target does it)
// Cold: emulator start to first response, a fresh emulator each run. Warm:
// a later invoke of the same emulator. Medians of 5. Pure-JS runs that would
// take over a minute are skipped.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Emulator, nodeRuntime } = require('../../lambda/test/deploy/emulator.js');
const { unzipFresh } = require('../../lambda/test/deploy/tools.js');

const RUNS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function jsSpigotDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'js-spigot-'));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  for (const f of ['lambda-js-spigot.js', 'spigot-bigint.js']) fs.copyFileSync(path.join(__dirname, f), path.join(dir, f));
  return dir;
}

async function measure(start, n) {
  const cold = [];
  const warm = [];
  for (let r = 0; r < RUNS; r++) {
    const begin = performance.now();
    const emulator = await start();
    try {
      const first = await emulator.invoke({ digits: n });
      if (first.status !== 200 || !first.body.startsWith(`{"digits":${n},"pi":"3`)) throw new Error(first.body.slice(0, 200));
      cold.push(performance.now() - begin);
      warm.push((await emulator.invoke({ digits: n })).ms);
    } finally {
      await emulator.stop();
    }
  }
  return { cold: median(cold), warm: median(warm) };
}

async function main() {
  const addonDir = unzipFresh('function-x86_64.zip');
  const goDir = unzipFresh('function-go-x86_64.zip');
  const jsDir = jsSpigotDir();
  const functions = [
    ['Node + compute-pi-go addon', () => Emulator.start({ dir: addonDir, command: nodeRuntime('app.handler') })],
    ['Node, pure-JS BigInt spigot', () => Emulator.start({ dir: jsDir, command: nodeRuntime('lambda-js-spigot.handler') })],
    ['Go twin (aws-lambda-go)', () => Emulator.start({ dir: goDir, command: [path.join(goDir, 'bootstrap')] })],
  ];
  const rows = [];
  const results = {};
  for (const n of [1000, 10000, 1000000]) {
    for (const [name, start] of functions) {
      if (name.includes('pure-JS') && n > 10000) {
        rows.push(`| ${name} | ${n} | skipped (O(n²): hours) | |`);
        continue;
      }
      const { cold, warm } = await measure(start, n);
      results[`${name} ${n}`] = { cold, warm };
      rows.push(`| ${name} | ${n} | ${cold.toFixed(0)} ms | ${warm.toFixed(warm < 10 ? 2 : 0)} ms |`);
      process.stderr.write(`${name} ${n}: cold ${cold.toFixed(0)} ms, warm ${warm.toFixed(2)} ms\n`);
    }
  }
  const addon = results['Node + compute-pi-go addon 1000'];
  const js = results['Node, pure-JS BigInt spigot 1000'];
  const warmRatio = results['Node, pure-JS BigInt spigot 10000'].warm / results['Node + compute-pi-go addon 10000'].warm;
  console.log(`Under the Runtime Interface Emulator, Node.js 22.23.5, ${os.cpus().length} cores; medians of ${RUNS}.\n`);
  console.log('| function | digits | cold start (emulator start to first response) | warm invoke |\n|---|---:|---:|---:|');
  console.log(rows.join('\n'));
  console.log(`\nCold start at 1,000 digits, addon / pure JS: ${(addon.cold / js.cold).toFixed(2)}×. ` +
    `Warm invoke at 10,000 digits, pure JS / addon: ${warmRatio.toFixed(0)}×.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
