'use strict';
// The runtimes the package is tested on, as scripts/runtimes.sh installs
// them (on first use), and how a test runs one of them.
const { execFileSync, spawn } = require('node:child_process');
const { once } = require('node:events');
const path = require('node:path');

const root = path.join(__dirname, '..');
const lines = execFileSync('sh', [path.join(root, 'scripts', 'runtimes.sh')], {
  encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
}).trim().split('\n');
const runtimes = lines.map((line) => {
  const [, name, version, arch, file] = /^(\S+) (\S+) (\S+) (.+)$/.exec(line);
  return { name, version, arch, file };
});

/** Node's official binaries, [{ version, arch, file }], x64 and arm64. */
const nodes = runtimes.filter((r) => r.name === 'node');
/** Bun for x64, { version, arch, file }. */
const bun = runtimes.find((r) => r.name === 'bun');

/**
 * Runs a runtime's executable (arm64 ones under qemu-aarch64, from
 * scripts/lambda-tools.sh) and resolves to { code, signal, stdout, stderr }.
 * The child is not told it runs under a test: it reports as it would alone.
 */
async function run({ arch, file }, args, { cwd = root, env = {} } = {}) {
  const [command, prefix] = arch === 'arm64' ? ['qemu-aarch64', ['-L', '/usr/aarch64-linux-gnu', file]] : [file, []];
  const childEnv = { ...process.env, ...env };
  delete childEnv.NODE_TEST_CONTEXT;
  const child = spawn(command, [...prefix, ...args], { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => { stdout += chunk; });
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const [code, signal] = await once(child, 'close');
  return { code, signal, stdout, stderr };
}

module.exports = { root, nodes, bun, run };
