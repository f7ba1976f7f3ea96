#!/usr/bin/env node
'use strict';
// Measures what lambda/memory.js and lambda/go/memory.go model: the peak
// resident memory (VmHWM) of the runtime process answering one request for
// n digits, each in a fresh emulator with 10240 MB, after `make lambda`:
//   node lambda/test/deploy/measure-memory.js [n ...]
// app.js and the Go twin answer an HTTP GET (their largest answer), stream.js
// a direct invoke; beyond the 6 MB response limit only stream.js computes.
const path = require('node:path');
const fs = require('node:fs');
const { Emulator, nodeRuntime } = require('./emulator.js');
const { unzipFresh } = require('./tools.js');

const RESPONSE_LIMIT_DIGITS = 6291450; // the most an HTTP answer holds
const get = (n) => ({ version: '2.0', rawPath: '/pi', queryStringParameters: { digits: String(n) }, requestContext: { http: { method: 'GET' } } });

const functions = {
  app: { zip: 'function-x86_64.zip', command: () => nodeRuntime('app.handler'), event: get, max: RESPONSE_LIMIT_DIGITS },
  stream: { zip: 'function-x86_64.zip', command: () => nodeRuntime('stream.handler'), event: (n) => ({ digits: n }), max: Infinity },
  go: { zip: 'function-go-x86_64.zip', command: (dir) => [path.join(dir, 'bootstrap')], event: get, max: RESPONSE_LIMIT_DIGITS },
};

/** The peak resident memory, in KiB, of a fresh runtime answering event. */
async function peakKiB(fn, event, memoryMB = 10240) {
  const dir = unzipFresh(fn.zip);
  const emulator = await Emulator.start({ dir, command: fn.command(dir), timeout: 900, env: { AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(memoryMB) } });
  try {
    const { status, body } = await emulator.invoke(event);
    return { hwm: emulator.memory().hwm, status, body };
  } finally {
    await emulator.stop();
    fs.rmSync(dir, { recursive: true });
  }
}

async function main(ns) {
  console.log(['n', ...Object.keys(functions)].join('\t'));
  for (const n of ns) {
    const row = [n];
    for (const fn of Object.values(functions)) {
      row.push(n > fn.max ? '-' : ((await peakKiB(fn, fn.event(n))).hwm / 1024).toFixed(1));
    }
    console.log(row.join('\t'));
  }
}

if (require.main === module) {
  const ns = process.argv.slice(2).map(Number);
  main(ns.length ? ns : [1, 1e5, 3e5, 1e6, 2e6, 3e6, 5e6, 6e6, 1e7, 2e7]);
}

module.exports = { functions, peakKiB, get };
