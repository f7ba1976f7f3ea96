// The ratio table of compare.js: this package against the best of CLN and
// mpmath+GMP, each run as a fresh process, on both cores and on one
// (`taskset -c 0`, and GOMAXPROCS=1 for ours), n = 10^4 … 10^7. Ours is
// timed around generate(n, {format: 'string'}) after a warm-up
// generate(10), mpmath inside Python, CLN's `pi` as a whole process. The Go
// library alone (golib/main.go, timed the same way) shows what the Node
// path costs. Runs go in rounds, one of each implementation in turn, and
// each ratio is the median of the rounds' ratios, so a drift in the
// machine's speed weighs on both sides of a ratio alike. At 10^4 each
// round also times two calls that compute nothing, the same way: ours at
// n = 1, and Node's own thread-pool round trip (roundTrip below), to show
// what a call costs whatever it computes.
//   node scripts/bench/cores.js     (alone; make bench-compare runs it too)
//   SIZES=1e4,1e5 node scripts/bench/cores.js     (some of the sizes only)
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const SIZES = (process.env.SIZES || '1e4,1e5,1e6,1e7').split(',').map(Number);
if (!SIZES.every((n) => [1e4, 1e5, 1e6, 1e7].includes(n))) throw new Error('SIZES: a list of 1e4, 1e5, 1e6, 1e7');
// Rounds per size: in each, every implementation runs once, in turn.
const ROUNDS = { 1e4: 11, 1e5: 7, 1e6: 5, 1e7: 3 };
// Pairs of ours and the Go library per round, the round's own runs
// included: the two differ by a few percent at most, which takes more
// samples to tell from the noise than the peers' lead does.
const LIB_PAIRS = { 1e4: 5, 1e5: 4, 1e6: 3, 1e7: 3 };
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

// An async crypto.randomFill of 16 bytes after a warm-up one, timed as ours
// is: Node's own round trip through its thread pool, with no addon in it.
const roundTrip = `
  const crypto = require('node:crypto');
  const fill = () => new Promise((resolve, reject) =>
    crypto.randomFill(Buffer.alloc(16), (error) => (error ? reject(error) : resolve())));
  fill().then(async () => {
    const t = process.hrtime.bigint();
    await fill();
    console.log(Number(process.hrtime.bigint() - t) / 1e9);
    console.log('(no digits)');
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

const micros = (s) => `${Math.round(s * 1e6)} µs`;
const format = (s) => (s === undefined ? '–' : s < 1 ? `${(s * 1000).toFixed(s < 0.01 ? 2 : 1)} ms` : `${s.toFixed(2)} s`);

// median returns the middle of xs.
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// coreRatios measures and returns the table as Markdown; reference holds
// the first 10^7 digits.
function coreRatios(reference) {
  if (spawnSync('taskset', ['-c', '0', 'true']).status !== 0) return 'taskset is missing: no one-core column.\n';
  const impls = implementations();
  const peers = impls.filter((impl) => !impl.own).map((impl) => impl.name);
  const byName = Object.fromEntries(impls.map((impl) => [impl.name, impl]));
  const seconds = {}; // `${name} ${cores} ${n}` → median seconds
  const ratios = {}; // `${cores} ${n}` → median over rounds of best peer / ours
  const libRatios = {}; // `${cores} ${n}` → median over pairs of ours / Go library
  const extra = {}; // `${cores}` → median over pairs at 10^4 of ours − Go library, seconds
  const fixed = {}; // `${what} ${cores}` → median seconds of a call computing nothing
  // Size by size and core count by core count, in rounds: each round runs
  // every implementation once, so that each round's ratios compare runs
  // made close together, whatever the machine's speed did meanwhile.
  for (const n of SIZES) {
    for (const pinned of [false, true]) {
      const cores = pinned ? 1 : 2;
      const times = Object.fromEntries(impls.map((impl) => [impl.name, []]));
      // One run of impl at n, its digits checked; returns its seconds.
      const timed = (impl) => {
        const { seconds: s, digits } = impl.run(n, pinned);
        if (digits.slice(0, n - 2) !== reference.slice(0, n - 2)) throw new Error(`${impl.name} n=${n}: wrong digits`);
        return s;
      };
      const rounds = { peer: [], pairs: [], generate: [], node: [] }; // pairs: [ours, Go library]
      for (let round = 0; round < ROUNDS[n]; round++) {
        const t = {};
        for (const impl of impls) {
          t[impl.name] = timed(impl);
          times[impl.name].push(t[impl.name]);
        }
        if (peers.length) rounds.peer.push(Math.min(...peers.map((p) => t[p])) / t.ours);
        rounds.pairs.push([t.ours, t['Go library']]);
        // The extra pairs run the Go library first, the round's pair ours.
        for (let pair = 1; pair < LIB_PAIRS[n]; pair++) {
          const lib = timed(byName['Go library']);
          rounds.pairs.push([timed(byName.ours), lib]);
        }
        if (n === 1e4) {
          const one = byName.ours.run(1, pinned);
          if (one.digits !== '3') throw new Error(`ours n=1: ${one.digits}`);
          rounds.generate.push(one.seconds);
          rounds.node.push(run(process.execPath, ['-e', roundTrip], 1, pinned).seconds);
        }
      }
      for (const impl of impls) seconds[`${impl.name} ${cores} ${n}`] = median(times[impl.name]);
      if (peers.length) ratios[`${cores} ${n}`] = median(rounds.peer);
      libRatios[`${cores} ${n}`] = median(rounds.pairs.map(([us, lib]) => us / lib));
      if (n === 1e4) {
        extra[cores] = median(rounds.pairs.map(([us, lib]) => us - lib));
        fixed[`generate ${cores}`] = median(rounds.generate);
        fixed[`node ${cores}`] = median(rounds.node);
      }
      process.stderr.write(`${n}, ${cores} core(s), ${ROUNDS[n]} rounds: ${impls.map((i) => `${i.name} ${format(seconds[`${i.name} ${cores} ${n}`])}`).join(', ')}\n`);
    }
  }
  const cell = (cores, n) => {
    const us = seconds[`ours ${cores} ${n}`];
    const best = Math.min(...peers.map((p) => seconds[`${p} ${cores} ${n}`]));
    const who = peers.find((p) => seconds[`${p} ${cores} ${n}`] === best);
    return peers.length ? `${format(us)} | ${format(best)} (${who}) | ${ratios[`${cores} ${n}`].toFixed(2)}×` : `${format(us)} | – | –`;
  };
  return [
    `Fresh processes; at each n and core count, rounds of one run of each implementation in turn (${SIZES.map((n) => `${ROUNDS[n]} at 10^${Math.log10(n)}`).join(', ')}). One core is \`taskset -c 0\` for all, and GOMAXPROCS=1 for ours. Times are medians; the speed-up is the median over rounds of the round's best peer time over ours: above 1, ours is faster.`,
    '',
    '| n | 2 cores: ours | best peer | speed-up | 1 core: ours | best peer | speed-up |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...SIZES.map((n) => `| 10^${Math.log10(n)} | ${cell(2, n)} | ${cell(1, n)} |`),
    '',
    `The Node path against the Go library alone (\`scripts/bench/golib\`), timed the same way, in the same rounds, with more pairs of the two in each round (${SIZES.map((n) => `${ROUNDS[n] * LIB_PAIRS[n]} pairs in all at 10^${Math.log10(n)}`).join(', ')}); the ratio is the median over the pairs of ours over the Go library, 1.00 meaning the Node path adds nothing:`,
    '',
    '| n | 2 cores: ours | Go library | ours / Go | 1 core: ours | Go library | ours / Go |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...SIZES.map((n) => `| 10^${Math.log10(n)} | ${[2, 1].map((cores) =>
      `${format(seconds[`ours ${cores} ${n}`])} | ${format(seconds[`Go library ${cores} ${n}`])} | ${libRatios[`${cores} ${n}`].toFixed(2)}`).join(' | ')} |`),
    '',
    ...(SIZES.includes(1e4) ? [
      `What a call costs whatever it computes: at 10^4, ours minus the Go library is ${micros(extra[2])} on 2 cores and ${micros(extra[1])} on 1 (median over the pairs). Timed the same way, in the same rounds (the second call in a fresh process, median of ${ROUNDS[1e4]}), ours at n = 1 takes ${micros(fixed['generate 2'])} on 2 cores and ${micros(fixed['generate 1'])} on 1, and Node's own round trip through its thread pool, an async \`crypto.randomFill\` of 16 bytes with no addon in it, ${micros(fixed['node 2'])} and ${micros(fixed['node 1'])}.`,
      '',
    ] : []),
  ].join('\n');
}

module.exports = { coreRatios };

if (require.main === module) {
  require(root).generate(Math.max(...SIZES), { format: 'string' }).then((reference) => process.stdout.write(coreRatios(reference)));
}
