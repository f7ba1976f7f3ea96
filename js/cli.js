#!/usr/bin/env node
// The command line: `compute-pi-go 1000000 > pi.txt` prints the digits.
'use strict';
const { parseArgs } = require('node:util');
const { generate, MAX_DIGITS } = require('./index.js');

const HELP = `Usage: compute-pi-go [options] <n>

Prints the first n decimal digits of pi, the leading 3 included (n <= ${MAX_DIGITS}).

Options:
  --algorithm <name>  auto (default), spigot or chudnovsky
  --format <name>     digits (default): 31415...
                      decimal:          3.1415...
                      json:             {"digits":n,"pi":"31415..."}
  -h, --help          show this help

A progress bar goes to stderr when it is a terminal.
Exit status: 0 done, 1 failed, 2 bad argument.`;

const FORMATS = ['digits', 'decimal', 'json'];
const ALGORITHMS = ['auto', 'spigot', 'chudnovsky'];

function usageError(message) {
  process.stderr.write(`compute-pi-go: ${message} (see --help)\n`);
  process.exit(2);
}

function parse(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        algorithm: { type: 'string', default: 'auto' },
        format: { type: 'string', default: 'digits' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    usageError(error.message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    process.exit(0);
  }
  if (positionals.length !== 1) usageError('expected exactly one argument, the number of digits');
  const text = positionals[0];
  const n = /^\s*$/.test(text) ? NaN : Number(text);
  if (!Number.isInteger(n)) usageError(`n must be a whole number, got '${text}'`);
  if (!ALGORITHMS.includes(values.algorithm)) usageError(`--algorithm must be one of ${ALGORITHMS.join(', ')}, got '${values.algorithm}'`);
  if (!FORMATS.includes(values.format)) usageError(`--format must be one of ${FORMATS.join(', ')}, got '${values.format}'`);
  return { n, algorithm: values.algorithm, format: values.format };
}

// A one-line bar redrawn in place on a terminal.
function progressBar(stream) {
  const width = 30;
  return (done) => {
    const filled = Math.round(done * width);
    stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${(done * 100).toFixed(0).padStart(3)}%`);
    if (done === 1) stream.write('\r\x1b[K');
  };
}

async function main() {
  const { n, algorithm, format } = parse(process.argv.slice(2));
  const onProgress = process.stderr.isTTY ? progressBar(process.stderr) : undefined;
  let digits;
  try {
    digits = await generate(n, { algorithm, format: 'string', onProgress });
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) usageError(error.message);
    throw error;
  }
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ digits: n, pi: digits })}\n`);
  } else if (format === 'decimal' && n > 1) {
    process.stdout.write(`3.${digits.slice(1)}\n`);
  } else {
    process.stdout.write(`${digits}\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`compute-pi-go: ${error.message}\n`);
  process.exitCode = 1;
});
