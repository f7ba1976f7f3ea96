'use strict';
// compute-pi-go: the first n decimal digits of pi, computed in Go on a worker
// thread. This file checks arguments and shapes results; native/ does the rest.
const { types } = require('node:util');
const binding = require('./binding.js');
const { AbortError, invalidType, invalidValue, outOfRange, describe } = require('./errors.js');

/** The largest n that generate() accepts (see the README for why). */
const MAX_DIGITS = binding.maxDigits.auto;
/** The largest n for algorithm 'spigot', which is O(n²). */
const MAX_SPIGOT_DIGITS = binding.maxDigits.spigot;

const FORMATS = ['array', 'string', 'buffer'];
const ALGORITHMS = ['auto', 'spigot', 'chudnovsky'];
const OPTIONS = ['format', 'algorithm', 'signal', 'onProgress'];

// How often onProgress is called while a computation runs, in ms.
const PROGRESS_INTERVAL = 100;

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

// Options must be an object and not an Array, as Node's own checks ask.
// Array.isArray throws only for a revoked Proxy, which is no object either.
function isOptionsObject(value) {
  if (value === null || typeof value !== 'object') return false;
  try {
    return !Array.isArray(value);
  } catch {
    return false;
  }
}

// The getters of a real AbortSignal, taken once: they throw for an object
// that only looks like one (made with Object.create(AbortSignal.prototype)),
// and a signal's own properties cannot stand in for them.
const signalGetter = (key) => Object.getOwnPropertyDescriptor(AbortSignal.prototype, key).get;
const isAborted = Function.prototype.call.bind(signalGetter('aborted'));
const reasonOf = Function.prototype.call.bind(signalGetter('reason'));
const listen = Function.prototype.call.bind(EventTarget.prototype.addEventListener);
const unlisten = Function.prototype.call.bind(EventTarget.prototype.removeEventListener);

// A real AbortSignal: AbortSignal.prototype is on its prototype chain, which
// is walked by hand so that no Proxy trap runs (a Proxy on the way is
// refused), and the real getter accepts it.
function isAbortSignal(value) {
  let object = value;
  while (object !== AbortSignal.prototype) {
    if (object === null || types.isProxy(object)) return false;
    object = Object.getPrototypeOf(object);
  }
  try {
    isAborted(value);
    return true;
  } catch {
    return false;
  }
}

// Options are read once, here, into a plain object: Object.keys() and one
// read of each known property, inherited ones included. That is the only
// time a getter or Proxy trap of the caller's runs; if one throws, the call
// rejects with ERR_INVALID_ARG_VALUE and what it threw as `cause`.
function readOptions(options) {
  if (options === undefined) return {};
  if (!isOptionsObject(options)) {
    throw invalidType(`The "options" argument must be of type object. Received ${describe(options)}`);
  }
  let keys;
  let read;
  try {
    keys = Object.keys(options);
    read = { format: options.format, algorithm: options.algorithm, signal: options.signal, onProgress: options.onProgress };
  } catch (cause) {
    throw invalidValue('The "options" argument could not be read: a getter or Proxy trap of it threw (see error.cause)', { cause });
  }
  const unknown = keys.find((key) => !OPTIONS.includes(key));
  if (unknown !== undefined) {
    throw invalidValue(`The "options" argument has an unknown property ${JSON.stringify(unknown.slice(0, 40))}. Known: ${OPTIONS.join(', ')}`);
  }
  return read;
}

function checkOptions(options) {
  const { format = 'array', algorithm = 'auto', signal, onProgress } = readOptions(options);
  if (!FORMATS.includes(format)) {
    throw invalidValue(`The "options.format" property must be one of ${FORMATS.map((f) => `'${f}'`).join(', ')}. Received ${describe(format)}`);
  }
  if (!ALGORITHMS.includes(algorithm)) {
    throw invalidValue(`The "options.algorithm" property must be one of ${ALGORITHMS.map((a) => `'${a}'`).join(', ')}. Received ${describe(algorithm)}`);
  }
  if (signal !== undefined && !isAbortSignal(signal)) {
    const what = describe(signal);
    const received = what === 'an instance of AbortSignal' ? 'an object that only inherits from AbortSignal' : what;
    throw invalidType(`The "options.signal" property must be an instance of AbortSignal. Received ${received}`);
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw invalidType(`The "options.onProgress" property must be a function. Received ${describe(onProgress)}`);
  }
  return { format, algorithm, signal, onProgress };
}

// Each computation shares an Int32Array of 2 with Go: [0] is its cancel flag,
// [1] the fraction done in millionths. process.exit() sets the cancel flag of
// every computation under way, so the Go loops return and exit does not wait.
const CANCEL = 0;
const PROGRESS = 1;
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
    listen(signal, 'abort', calls.onAbort, { once: true });
  }
  return new Promise((resolve, reject) => calls.set(flags, reject));
}

function unwatch(signal, flags) {
  const calls = watched.get(signal);
  calls.delete(flags);
  if (calls.size === 0) {
    unlisten(signal, 'abort', calls.onAbort);
    watched.delete(signal);
  }
}

// Calls onProgress with the fraction done whenever it changed, every
// PROGRESS_INTERVAL ms. The first error it throws, or the first rejection of
// a Promise it returns, sets the cancel flag and rejects `failed`; onProgress
// is not called again. finish() makes the last report (1) and then waits for
// every Promise onProgress returned; stop() ends the reports.
function reportProgress(flags, onProgress) {
  let last = -1;
  let failedAlready = false;
  let reject;
  const failed = new Promise((resolve, rejectFailed) => { reject = rejectFailed; });
  failed.catch(() => {}); // the call may have settled already: never an unhandled rejection
  const pending = new Set();
  const fail = (error) => {
    clearInterval(timer);
    failedAlready = true;
    Atomics.store(flags, CANCEL, 1);
    reject(error);
  };
  const report = () => {
    const done = Atomics.load(flags, PROGRESS) / 1e6;
    if (done <= last) return;
    last = done;
    let result;
    try {
      result = onProgress(done);
    } catch (error) {
      fail(error);
      return;
    }
    if (result !== null && (typeof result === 'object' || typeof result === 'function')) {
      // resolve() reads `then` itself: a throwing getter rejects, never throws here.
      const settled = new Promise((resolve) => resolve(result)).then(() => pending.delete(settled), fail);
      pending.add(settled);
    }
  };
  const timer = setInterval(report, PROGRESS_INTERVAL);
  timer.unref();
  return {
    failed,
    stop: () => clearInterval(timer),
    finish() {
      clearInterval(timer);
      if (!failedAlready) report();
      return failedAlready ? failed : Promise.race([failed, Promise.all(pending)]);
    },
  };
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
  checkDigits(n, algorithm);
  if (signal && isAborted(signal)) throw new AbortError(undefined, { cause: reasonOf(signal) });
  const flags = new Int32Array(new SharedArrayBuffer(8));
  running.add(flags);
  const abort = signal && watch(signal, flags);
  const progress = onProgress && reportProgress(flags, onProgress);
  const computing = binding.generate(n, format, binding.algorithms[algorithm], flags);
  computing.catch(() => {}).finally(() => running.delete(flags));
  try {
    const digits = await first(computing, abort, progress?.failed);
    if (progress) await first(progress.finish(), abort);
    return digits;
  } catch (error) {
    if (signal && isAborted(signal)) throw new AbortError(undefined, { cause: reasonOf(signal) });
    throw error;
  } finally {
    if (signal) unwatch(signal, flags);
    progress?.stop();
  }
}

module.exports = { generate, MAX_DIGITS, MAX_SPIGOT_DIGITS, AbortError };
