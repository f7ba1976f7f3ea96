'use strict';
// compute-pi-go: the first n decimal digits of pi, computed in Go on a worker
// thread. This file starts and settles computations; js/arguments.js checks
// what they are asked, js/progress.js reports how far they are, and native/
// does the rest.
const binding = require('./binding.js');
const { AbortError } = require('./errors.js');
const { checkDigits, checkOptions, isAborted, reasonOf, onAbort } = require('./arguments.js');
const { reportProgress, CANCEL } = require('./progress.js');

/** The largest n that generate() accepts (see the README for why). */
const MAX_DIGITS = binding.maxDigits.auto;
/** The largest n for algorithm 'spigot', which is O(n²). */
const MAX_SPIGOT_DIGITS = binding.maxDigits.spigot;

// Each computation shares an Int32Array of 2 with Go (js/progress.js).
// process.exit() sets the cancel flag of every computation under way, so the
// Go loops return and exit does not wait.
const running = new Set();
process.on('exit', () => {
  for (const flags of running) Atomics.store(flags, CANCEL, 1);
});

// The computations that each AbortSignal stops, behind one listener per
// signal, so that many calls can share a signal without piling up listeners:
// signal -> Map(flags -> reject).
const watched = new WeakMap();

// Returns a Promise that rejects when signal aborts, after setting the cancel
// flag: the call rejects at once, while the Go side stops at its next check
// (the longest step of a 10^7-digit computation takes about a second).
function watch(signal, flags) {
  let calls = watched.get(signal);
  if (!calls) {
    calls = new Map();
    calls.onAbort = () => {
      for (const [f, reject] of calls) {
        Atomics.store(f, CANCEL, 1);
        reject(reasonOf(signal));
      }
    };
    watched.set(signal, calls);
    calls.stopListening = onAbort(signal, calls.onAbort);
  }
  return new Promise((resolve, reject) => calls.set(flags, reject));
}

function unwatch(signal, flags) {
  const calls = watched.get(signal);
  calls.delete(flags);
  if (calls.size === 0) {
    calls.stopListening();
    watched.delete(signal);
  }
}

// Throws the call's AbortError if signal is given and aborted.
function throwIfAborted(signal) {
  if (signal && isAborted(signal)) throw new AbortError(undefined, { cause: reasonOf(signal) });
}

// The first of the given Promises to settle (undefined entries left out).
const first = (...promises) => Promise.race(promises.filter(Boolean));

/**
 * The first n decimal digits of pi, the leading 3 included.
 * @param {number} n
 * @param {{format?: 'array'|'string'|'buffer', algorithm?: 'auto'|'spigot'|'chudnovsky',
 *          signal?: AbortSignal, onProgress?: (done: number) => void | PromiseLike<void>}} [options]
 */
async function generate(n, options) {
  const { format, algorithm, signal, onProgress } = checkOptions(options);
  checkDigits(n, algorithm, binding.maxDigits);
  throwIfAborted(signal);
  const flags = new Int32Array(new SharedArrayBuffer(8));
  running.add(flags);
  const abort = signal && watch(signal, flags);
  const progress = onProgress && reportProgress(flags, onProgress);
  const computing = binding.generate(n, format, binding.algorithms[algorithm], flags);
  computing.catch(() => {}).finally(() => running.delete(flags));
  try {
    const digits = await first(computing, abort, progress?.failed);
    if (progress) await first(progress.finish(), abort);
    throwIfAborted(signal); // in case a listener of the signal's kept the abort event from ours
    return digits;
  } catch (error) {
    throwIfAborted(signal);
    throw error;
  } finally {
    if (signal) unwatch(signal, flags);
    progress?.stop();
  }
}

module.exports = { generate, MAX_DIGITS, MAX_SPIGOT_DIGITS, AbortError };
