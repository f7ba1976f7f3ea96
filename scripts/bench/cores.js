// The ratio table of compare.js: this package against the best of CLN and
// mpmath+GMP, each run as a fresh process, on both cores and on one
// (`taskset -c 0`, and GOMAXPROCS=1 for ours), n = 10^4 … 10^7. Ours is
// timed around generate(n, {format: 'string'}) after a warm-up
// generate(10), mpmath inside Python, CLN's `pi` as a whole process. The Go
// library alone (golib/main.go, timed the same way) shows what the Node
// path costs.
//   node scripts/bench/cores.js     (alone; make bench-compare runs it too)
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const SIZES = [1e4, 1e5, 1e6, 1e7];
const RUNS = (n, times) => (n <= 1e4 ? 5 : times.length && times[0] >= 10 ? 1 : 3);
const ms = () => Number(process.hrtime.bigint()) / 1e6;

const ours = `
  const { generate } = require(${JSON.stringify(root)});
  const n = Number(process.argv[1]);
  generate(10).then(async () => {
    const t = process.hrtime.bigint();
    const digits = await generate(n, { format: 'string' });
    console.log(Number(process.hrtime.bigint() - t) / 1e9);
    console.log(digits);
  });`;

const mpmath = 'import sys, time, mpmath\n' +
  'n = int(sys.argv[1]); mpmath.mp.dps = n + 10\n' +
  't = time.perf_counter(); s = mpmath.nstr(+mpmath.pi, n + 5, strip_zeros=False)\n' +
  'print(time.perf_counter() - t); print(s.replace(".", "")[:n])';

// run returns { seconds, digits } from a command that prints both, or
// times the whole command when it prints only digits.
function run(command, args, n, pinned, env) {
  const [file, argv] = pinned ? ['taskset', ['-c', '0', command, ...args]] : [command, args];
  const start = ms();
  const out = execFileSync(file, argv, { encoding: 'utf8', maxBuffer: 2 * n + 1024, env: { ...process.env, ...env } });
  const seconds = (ms() - start) / 1000;
  const lines = out.trim().split('\n');
  return lines.length > 1 ? { seconds: Number(lines[0]), digits: lines[1] } : { seconds, digits: lines[0].replace('.', '') };
}

function implementations() {
  const has = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
  const list = [{
    name: 'ours',
    own: true,
    run: (n, pinned) => run(process.execPath, ['-e', ours, String(n)], n, pinned, pinned ? { GOMAXPROCS: '1' } : {}),
  }];
  const golib = path.join(root, 'build', 'bench', 'golib');
  execFileSync('go', ['build', '-o', golib, './scripts/bench/golib'], { cwd: root });
  list.push({ name: 'Go library', own: true, run: (n, pinned) => run(golib, [String(n)], n, pinned, pinned ? { GOMAXPROCS: '1' } : {}) });
  if (has('pi', ['10'])) list.push({ name: 'CLN', run: (n, pinned) => run('pi', [String(n)], n, pinned) });
  if (has('/usr/bin/python3', ['-c', 'import mpmath, gmpy2; assert mpmath.libmp.BACKEND == "gmpy"'])) {
    list.push({ name: 'mpmath+GMP', run: (n, pinned) => run('/usr/bin/python3', ['-c', mpmath, String(n)], n, pinned) });
  }
  return list;
}

const format = (s) => (s === undefined ? '–' : s < 1 ? `${(s * 1000).toFixed(s < 0.01 ? 2 : 1)} ms` : `${s.toFixed(2)} s`);

// coreRatios measures and returns the table as Markdown; reference holds
// the first 10^7 digits.
function coreRatios(reference) {
  if (spawnSync('taskset', ['-c', '0', 'true']).status !== 0) return 'taskset is missing: no one-core column.\n';
  const impls = implementations();
  const seconds = {}; // `${name} ${cores} ${n}` → median
  // Size by size, each implementation and core count in turn.
  for (const n of SIZES) {
    for (const pinned of [false, true]) {
      for (const impl of impls) {
        const times = [];
        while (times.length < RUNS(n, times)) {
          const { seconds: s, digits } = impl.run(n, pinned);
          if (digits.slice(0, n - 2) !== reference.slice(0, n - 2)) throw new Error(`${impl.name} n=${n}: wrong digits`);
          times.push(s);
        }
        const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
        seconds[`${impl.name} ${pinned ? 1 : 2} ${n}`] = median;
        process.stderr.write(`${impl.name}, ${pinned ? 'one core' : 'two cores'}, ${n}: ${median.toFixed(4)} s (${times.length} runs)\n`);
      }
    }
  }
  const peers = impls.filter((impl) => !impl.own).map((impl) => impl.name);
  const cell = (cores, n) => {
    const us = seconds[`ours ${cores} ${n}`];
    const best = Math.min(...peers.map((p) => seconds[`${p} ${cores} ${n}`]));
    const who = peers.find((p) => seconds[`${p} ${cores} ${n}`] === best);
    return peers.length ? `${format(us)} | ${format(best)} (${who}) | ${(best / us).toFixed(2)}×` : `${format(us)} | – | –`;
  };
  return [
    'Fresh processes, median of 5 runs at 10^4, else of 3 (1 where a run takes 10 s or more); one core is `taskset -c 0` for all, and GOMAXPROCS=1 for ours.',
    'Speed-up is the best peer\'s time over ours: above 1, ours is faster.',
    '',
    '| n | 2 cores: ours | best peer | speed-up | 1 core: ours | best peer | speed-up |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...SIZES.map((n) => `| 10^${Math.log10(n)} | ${cell(2, n)} | ${cell(1, n)} |`),
    '',
    'The Node path against the Go library alone (`scripts/bench/golib`), timed the same way; 1.00 means the Node path adds nothing:',
    '',
    '| n | 2 cores: ours | Go library | ours / Go | 1 core: ours | Go library | ours / Go |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...SIZES.map((n) => `| 10^${Math.log10(n)} | ${[2, 1].map((cores) => {
      const [us, lib] = [seconds[`ours ${cores} ${n}`], seconds[`Go library ${cores} ${n}`]];
      return `${format(us)} | ${format(lib)} | ${(us / lib).toFixed(2)}`;
    }).join(' | ')} |`),
    '',
  ].join('\n');
}

module.exports = { coreRatios };

if (require.main === module) {
  require(root).generate(1e7, { format: 'string' }).then((reference) => process.stdout.write(coreRatios(reference)));
}
