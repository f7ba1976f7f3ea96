#!/usr/bin/env node
// The speed figures of README.md, measured side by side in one run:
//   node scripts/bench/bench.js        (or: make bench)
// - generate(n) against the plain-JS BigInt spigot at n = 1,000 and 10,000;
// - the spigot at 10,000 against the Rust num-bigint spigot
//   (scripts/bench/spigot-rust, built by make bench), timed as a process;
// - the round trip of generate(1);
// - require('compute-pi-go') in a fresh process;
// - process.exit() with computations running and queued.
'use strict';
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { spigotDigits } = require('./spigot-bigint.js');

const root = path.join(__dirname, '..', '..');
const { generate } = require(root);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const now = () => Number(process.hrtime.bigint()) / 1e6; // ms

async function timeIt(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    await fn();
    times.push(now() - start);
  }
  return median(times);
}

function fresh(script) {
  return Number(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }));
}

async function main() {
  const rows = [];
  for (const [n, runs] of [[1000, 15], [10000, 3]]) {
    const expected = spigotDigits(n).join('');
    const js = await timeIt(() => spigotDigits(n), runs);
    for (const algorithm of ['auto', 'spigot']) {
      if ((await generate(n, { algorithm })).join('') !== expected) throw new Error(`generate(${n}) differs from the JS spigot`);
      const go = await timeIt(() => generate(n, { algorithm }), runs);
      const label = algorithm === 'auto' ? `generate(${n})` : `generate(${n}, { algorithm: 'spigot' })`;
      rows.push(`| ${label} vs JS BigInt spigot | ${go.toFixed(2)} ms vs ${js.toFixed(1)} ms | ${(js / go).toFixed(1)}× faster |`);
    }
  }

  const rust = path.join(root, 'build', 'spigot-rust', 'release', 'spigot-rust');
  if (require('node:fs').existsSync(rust)) {
    const n = 10000;
    const expected = spigotDigits(n).join('');
    if (execFileSync(rust, [String(n)], { encoding: 'utf8' }) !== expected) throw new Error('the Rust spigot differs from the JS spigot');
    const times = { go: [], rust: [] };
    for (let i = 0; i < 5; i++) { // in turn
      times.go.push(await timeIt(() => generate(n, { algorithm: 'spigot' }), 1));
      times.rust.push(await timeIt(() => execFileSync(rust, [String(n)]), 1));
    }
    const [go, rs] = [median(times.go), median(times.rust)];
    rows.push(`| generate(${n}, { algorithm: 'spigot' }) vs Rust num-bigint spigot (whole process), median of 5 | ${go.toFixed(1)} ms vs ${rs.toFixed(1)} ms | ${(rs / go).toFixed(1)}× faster |`);
  } else {
    rows.push('| Rust num-bigint spigot | not built (make bench-tools, then make bench) | |');
  }

  for (let i = 0; i < 1000; i++) await generate(1); // warm the pool threads
  const calls = [];
  for (let i = 0; i < 5000; i++) {
    const start = process.hrtime.bigint();
    await generate(1);
    calls.push(Number(process.hrtime.bigint() - start) / 1e3);
  }
  rows.push(`| generate(1) round trip, median of 5,000 | ${median(calls).toFixed(1)} µs | |`);

  const requires = Array.from({ length: 11 }, () => fresh(
    "const s=process.hrtime.bigint(); require('compute-pi-go'); console.log(Number(process.hrtime.bigint()-s)/1e6)"));
  rows.push(`| require('compute-pi-go'), fresh process, median of 11 | ${median(requires).toFixed(1)} ms | |`);

  const exitTimes = [];
  for (let i = 0; i < 5; i++) {
    const start = now();
    execFileSync(process.execPath, ['-e', `
      const { generate } = require('compute-pi-go');
      for (let i = 0; i < 8; i++) generate(200000, { algorithm: 'spigot' }).catch(() => {});
      setTimeout(() => process.exit(0), 100);`], { cwd: root });
    exitTimes.push(now() - start);
  }
  const baseline = median(Array.from({ length: 5 }, () => {
    const start = now();
    execFileSync(process.execPath, ['-e', "require('compute-pi-go'); setTimeout(() => process.exit(0), 100)"], { cwd: root });
    return now() - start;
  }));
  rows.push(`| process.exit() with 4 running + 4 queued calls: extra time over an idle exit | ${(median(exitTimes) - baseline).toFixed(0)} ms | |`);

  console.log(`Node.js ${process.version}, ${require('node:os').cpus().length} cores\n`);
  console.log('| what | time | ratio |\n|---|---|---|');
  console.log(rows.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
