#!/usr/bin/env node
// Times π to n digits, n = 10^3 … 10^7, for this package (each algorithm,
// through the JS API, string result) and for what else a Node user could
// reach for, side by side in one run; writes a Markdown table and a log-log
// plot to scripts/bench/results/.
//   node scripts/bench/compare.js        (or: make bench-compare)
// Debian's `pi` (CLN) and python3-mpmath with gmpy2 (GMP) join when installed
// (make bench-tools installs them). A run predicted to take over a minute is
// skipped, as is every larger n of the same implementation. Then cores.js's
// ratio table, one core and two, goes to results/compare-cores.md.
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spigotDigits } = require('./spigot-bigint.js');
const { plot } = require('./plot.js');
const { coreRatios } = require('./cores.js');

const root = path.join(__dirname, '..', '..');
const { generate } = require(root);
const SIZES = [1e3, 1e4, 1e5, 1e6, 1e7];
const LIMIT = 60; // seconds
// Runs per cell, the median reported: 5 up to 10^4; above, 3 when the first
// took under 10 s, else that one.
const RUNS = (n, times) => (n <= 1e4 ? 5 : times.length && times[0] >= 10 ? 1 : 3);
const ms = () => Number(process.hrtime.bigint()) / 1e6;

async function timed(fn) {
  const start = ms();
  const out = await fn();
  return { seconds: (ms() - start) / 1000, out };
}

function has(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

async function implementations() {
  const list = [
    { name: 'compute-pi-go chudnovsky', growth: 12, run: (n) => generate(n, { format: 'string', algorithm: 'chudnovsky' }) },
    { name: 'compute-pi-go spigot', growth: 100, run: (n) => generate(n, { format: 'string', algorithm: 'spigot' }) },
    { name: 'JS BigInt spigot (seed)', growth: 100, run: (n) => spigotDigits(n).join('') },
  ];
  const gmp = await require('gmp-wasm').init();
  list.push({
    name: 'gmp-wasm (MPFR)',
    growth: 25, // measured: 3.4 s at 10^6, 81 s at 10^7
    // MPFR keeps the π it computed: without freeing it, a second run at the
    // same or a lower precision only converts.
    before: () => gmp.binding.mpfr_free_cache(),
    run: (n) => gmp.calculate((g) => g.Pi(), { precisionBits: Math.ceil(n * Math.log2(10)) + 32 }).replace('.', '').slice(0, n),
  });
  if (has('pi', ['10'])) {
    list.push({
      name: 'Debian pi (CLN)',
      growth: 15,
      run: (n) => execFileSync('pi', [String(n)], { encoding: 'utf8', maxBuffer: 2 * n + 1024 }).replace('.', '').trim(),
    });
  }
  const python = '/usr/bin/python3';
  if (has(python, ['-c', 'import mpmath, gmpy2; assert mpmath.libmp.BACKEND == "gmpy"'])) {
    list.push({
      name: 'mpmath + GMP (Python)',
      growth: 15,
      // Timed inside Python: the interpreter's start is not the library's.
      internal: true,
      run: (n) => {
        const script = 'import sys, time, mpmath\n' +
          'n = int(sys.argv[1]); mpmath.mp.dps = n + 10\n' +
          't = time.perf_counter(); s = mpmath.nstr(+mpmath.pi, n + 5, strip_zeros=False)\n' +
          'print(time.perf_counter() - t); print(s.replace(".", "")[:n])';
        const [seconds, digits] = execFileSync(python, ['-c', script, String(n)], { encoding: 'utf8', maxBuffer: 2 * n + 1024 }).split('\n');
        return { seconds: Number(seconds), digits };
      },
    });
  }
  return list;
}

// CPU time, in clock ticks: busy and stolen (by the hypervisor from this
// virtual machine), from /proc/stat's first line; zeros where it is missing.
function cpuTicks() {
  try {
    const [user, nice, system, , , irq, softirq, steal] = fs.readFileSync('/proc/stat', 'utf8')
      .split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { busy: user + nice + system + irq + softirq, steal };
  } catch {
    return { busy: 0, steal: 0 };
  }
}

async function main() {
  const impls = await implementations();
  const start = cpuTicks();
  const reference = await generate(1e7, { format: 'string' }); // checked against CLN's hash by the tests
  // Size by size, each implementation in turn, so that a shared machine's
  // drift over minutes reaches every implementation alike.
  const results = Object.fromEntries(impls.map((impl) => [impl.name, {}]));
  const last = {};
  for (const n of SIZES) {
    for (const impl of impls) {
      const prev = last[impl.name];
      if (prev === null || (prev && prev.seconds * impl.growth * (n / prev.n) / 10 > LIMIT)) {
        last[impl.name] = null; // skipped: so is every larger n
        continue;
      }
      const times = [];
      while (times.length < RUNS(n, times)) {
        impl.before?.();
        const { seconds, out } = await timed(() => impl.run(n));
        const digits = impl.internal ? out.digits : out;
        if (digits.slice(0, n - 2) !== reference.slice(0, n - 2)) throw new Error(`${impl.name} n=${n}: wrong digits`);
        times.push(impl.internal ? out.seconds : seconds);
      }
      const seconds = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
      results[impl.name][n] = seconds;
      last[impl.name] = { n, seconds };
      process.stderr.write(`${impl.name} ${n}: ${seconds.toFixed(4)} s (${times.length} runs)\n`);
    }
  }

  const header = `| implementation | ${SIZES.map((n) => `10^${Math.log10(n)}`).join(' | ')} |`;
  const rule = `|---|${SIZES.map(() => '---:').join('|')}|`;
  const rows = impls.map((impl) => `| ${impl.name} | ${SIZES.map((n) => {
    const s = results[impl.name][n];
    return s === undefined ? 'skipped' : s < 1 ? `${(s * 1000).toFixed(s < 0.01 ? 2 : 0)} ms` : `${s.toFixed(2)} s`;
  }).join(' | ')} |`);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const end = cpuTicks();
  const steal = end.steal - start.steal;
  const stolen = steal + end.busy - start.busy > 0 ? (100 * steal) / (steal + end.busy - start.busy) : 0;
  const table = [
    `Seconds to the first n digits of π, median of 5 runs up to 10^4, above of 3 (1 where a run takes 10 s or more), implementations taking turns at each n; ${os.cpus().length} cores (${cpu}), Node.js ${process.version}.`,
    'Every result was checked against the digits of this package, which the tests check against CLN\'s.',
    `The hypervisor took ${stolen.toFixed(0)}% of the CPU time the run asked for (steal, /proc/stat): the more, the less the second core helps.`,
    '', header, rule, ...rows, '',
  ].join('\n');
  const dir = path.join(__dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'compare.md'), table);
  fs.writeFileSync(path.join(dir, 'compare.svg'), plot(results, SIZES));
  process.stdout.write(table);
  const ratios = coreRatios(reference);
  fs.writeFileSync(path.join(dir, 'compare-cores.md'), ratios);
  process.stdout.write(`\n${ratios}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
