'use strict';
// Runs a function under the official Lambda Runtime Interface Emulator on
// 127.0.0.1, with ports of its own. Invokes go one at a time: a concurrent
// invoke crashes the emulator.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const { once } = require('node:events');
const { tools } = require('./tools.js');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, child) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`the emulator exited: ${child.exitCode}`);
    const ok = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.destroy(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the emulator did not listen on ${port}`);
}

class Emulator {
  /**
   * dir: the unzipped function; command: the runtime to start in it;
   * timeout: the function's timeout in seconds.
   */
  static async start({ dir, command, timeout = 60, env = {} }) {
    const port = await freePort();
    const apiPort = await freePort();
    const started = Date.now();
    const child = spawn(tools.rie, [
      '--runtime-interface-emulator-address', `127.0.0.1:${port}`,
      '--runtime-api-address', `127.0.0.1:${apiPort}`,
      ...command,
    ], {
      cwd: dir,
      env: { PATH: process.env.PATH, LAMBDA_TASK_ROOT: dir, AWS_LAMBDA_FUNCTION_TIMEOUT: String(timeout), LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => { log += d; });
    child.stderr.on('data', (d) => { log += d; });
    await waitForPort(port, child);
    const emulator = new Emulator();
    Object.assign(emulator, { child, port, started, log: () => log });
    return emulator;
  }

  /** Invokes with event (an object, or a string sent as is). */
  async invoke(event) {
    const start = performance.now();
    const response = await fetch(`http://127.0.0.1:${this.port}/2015-03-31/functions/function/invocations`, {
      method: 'POST',
      body: typeof event === 'string' ? event : JSON.stringify(event),
    });
    const body = await response.text();
    return { status: response.status, body, ms: performance.now() - start };
  }

  /**
   * The resident memory of the runtime process the emulator started, in
   * KiB: rss now, hwm its peak since it started (VmRSS and VmHWM).
   */
  memory() {
    const task = `/proc/${this.child.pid}/task`;
    const [pid] = fs.readdirSync(task).flatMap((t) => fs.readFileSync(`${task}/${t}/children`, 'utf8').split(' ').filter(Boolean));
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)[1]);
    return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
  }

  async stop() {
    if (this.child.exitCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  }
}

/** The command that runs a Node function's handler under the emulator. */
const nodeRuntime = (handler) => [tools.node22, tools.ric, handler];

module.exports = { Emulator, nodeRuntime, freePort };
