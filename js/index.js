'use strict';
// compute-pi-go: the first n decimal digits of pi, computed in Go on a worker
// thread. This file checks arguments and shapes results; native/ does the rest.
const binding = require('./binding.js');
const { AbortError, invalidType, invalidValue, outOfRange, describe } = require('./errors.js');

/** The largest n that generate() accepts (see the README for why). */
const MAX_DIGITS = binding.maxDigits.auto;
/** The largest n for algorithm 'spigot', which is O(n²). */
const MAX_SPIGOT_DIGITS = binding.maxDigits.spigot;

const FORMATS = ['array', 'string', 'buffer'];
const ALGORITHMS = ['auto', 'spigot', 'chudnovsky'];
const OPTIONS = ['format', 'algorithm', 'signal'];

function checkDigits(n, algorithm) {
  if (n === undefined) {
    throw invalidType('The "n" argument is missing: pass the number of digits, as in generate(5)');
  }
  if (typeof n !== 'number') {
    throw invalidType(`The "n" argument must be of type number. Received ${describe(n)}`);
  }
  if (Number.isNaN(n)) {
    throw invalidType('The "n" argument must be a number. Received NaN');
  }
  const max = binding.maxDigits[algorithm];
  if (!Number.isInteger(n) || n < 0 || n > max) {
    const which = algorithm === 'auto' ? '' : ` with algorithm '${algorithm}'`;
    throw outOfRange(`The value of "n" is out of range. It must be an integer from 0 to ${max}${which}. Received ${n}`);
  }
}

function checkOptions(options = {}) {
  if (options === null || typeof options !== 'object') {
    throw invalidType(`The "options" argument must be of type object. Received ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!OPTIONS.includes(key)) {
      throw invalidValue(`The "options" argument has an unknown property "${key}". Known: ${OPTIONS.join(', ')}`);
    }
  }
  const { format = 'array', algorithm = 'auto', signal } = options;
  if (!FORMATS.includes(format)) {
    throw invalidValue(`The "options.format" property must be one of ${FORMATS.map((f) => `'${f}'`).join(', ')}. Received ${describe(format)}`);
  }
  if (!ALGORITHMS.includes(algorithm)) {
    throw invalidValue(`The "options.algorithm" property must be one of ${ALGORITHMS.map((a) => `'${a}'`).join(', ')}. Received ${describe(algorithm)}`);
  }
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw invalidType(`The "options.signal" property must be an instance of AbortSignal. Received ${describe(signal)}`);
  }
  return { format, algorithm, signal };
}

// The cancel flag of every computation under way: process.exit() sets them
// all, so that the Go loops return and exit does not wait for them.
const running = new Set();
process.on('exit', () => {
  for (const flag of running) Atomics.store(flag, 0, 1);
});

// The flags that each AbortSignal stops, behind one listener per signal, so
// that many calls can share a signal without piling up listeners.
const watched = new WeakMap();

function watch(signal, flag) {
  let flags = watched.get(signal);
  if (!flags) {
    flags = new Set();
    const onAbort = () => {
      for (const f of flags) Atomics.store(f, 0, 1);
    };
    flags.onAbort = onAbort;
    watched.set(signal, flags);
    signal.addEventListener('abort', onAbort, { once: true });
  }
  flags.add(flag);
}

function unwatch(signal, flag) {
  const flags = watched.get(signal);
  flags.delete(flag);
  if (flags.size === 0) {
    signal.removeEventListener('abort', flags.onAbort);
    watched.delete(signal);
  }
}

/**
 * The first n decimal digits of pi, the leading 3 included.
 * @param {number} n
 * @param {{format?: 'array'|'string'|'buffer', algorithm?: 'auto'|'spigot'|'chudnovsky', signal?: AbortSignal}} [options]
 */
async function generate(n, options) {
  const { format, algorithm, signal } = checkOptions(options);
  checkDigits(n, algorithm);
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const flag = new Int32Array(new SharedArrayBuffer(4));
  running.add(flag);
  if (signal) watch(signal, flag);
  try {
    return await binding.generate(n, format, binding.algorithms[algorithm], flag);
  } catch (error) {
    if (error.code === 'ABORT_ERR' && signal?.aborted) {
      throw new AbortError(undefined, { cause: signal.reason });
    }
    throw error;
  } finally {
    running.delete(flag);
    if (signal) unwatch(signal, flag);
  }
}

module.exports = { generate, MAX_DIGITS, MAX_SPIGOT_DIGITS, AbortError };
