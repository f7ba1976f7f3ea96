#!/usr/bin/env node
// The command line: `compute-pi-go 1000000 > pi.txt` prints the digits.
'use strict';
const { parseArgs } = require('node:util');
const { generate, MAX_DIGITS, MAX_SPIGOT_DIGITS } = require('./index.js');

const HELP = `Usage: compute-pi-go [options] <n>

Prints the first n decimal digits of pi, the leading 3 included. n is a whole
number from 0 to ${MAX_DIGITS} (${MAX_SPIGOT_DIGITS} with --algorithm spigot), in plain
decimal digits: no sign, no leading zero, no exponent, no spaces.

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

// n in plain decimal digits, as --help says: 0x10, +5, 05, 1e3 and -1 are refused.
const DECIMAL = /^(0|[1-9][0-9]*)$/;

function badNumber(text, max) {
  usageError(`n must be a whole number from 0 to ${max} in plain decimal digits, got ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)}`);
}

function parse(argv) {
  // parseArgs would take "-1" for an unknown short option: a negative number
  // goes on as a positional, to be refused as a number below; but not one
  // that follows --format or --algorithm, which parseArgs names as their
  // value.
  const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
  const options = argv.slice(0, end);
  const negative = (arg, i) => /^-[0-9.]/.test(arg) && !['--format', '--algorithm'].includes(options[i - 1]);
  const args = options.some(negative)
    ? [...options.filter((arg, i) => !negative(arg, i)), '--', ...options.filter(negative), ...argv.slice(end + 1)]
    : argv;
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        algorithm: { type: 'string', default: 'auto' },
        format: { type: 'string', default: 'digits' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    usageError(error.message.split(/\.\s/)[0]); // the first sentence: "Unknown option '--bogus'"
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    process.exit(0);
  }
  if (positionals.length !== 1) usageError('expected exactly one argument, the number of digits');
  if (!ALGORITHMS.includes(values.algorithm)) usageError(`--algorithm must be one of ${ALGORITHMS.join(', ')}, got '${values.algorithm}'`);
  if (!FORMATS.includes(values.format)) usageError(`--format must be one of ${FORMATS.join(', ')}, got '${values.format}'`);
  const text = positionals[0];
  const max = values.algorithm === 'spigot' ? MAX_SPIGOT_DIGITS : MAX_DIGITS;
  if (!DECIMAL.test(text) || Number(text) > max) badNumber(text, max);
  return { n: Number(text), algorithm: values.algorithm, format: values.format };
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

// A reader that goes away early (`compute-pi-go 1000000 | head -c 20`) is no
// failure, as with `yes | head`: exit 0 at once, quietly. Exit sets the
// cancel flag of any computation still under way.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') process.stderr.write(`compute-pi-go: ${error.message}\n`);
  process.exit(error.code === 'EPIPE' ? 0 : 1);
});

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
