'use strict';
// The checks of generate()'s arguments. They run none of the caller's code
// but for one read of each known option, and throw coded TypeErrors and
// RangeErrors (js/errors.js).
const { addAbortListener } = require('node:events'); // Node >= 20.5
const { types } = require('node:util');
const { invalidType, invalidValue, outOfRange, describe } = require('./errors.js');

const FORMATS = ['array', 'string', 'buffer'];
const ALGORITHMS = ['auto', 'spigot', 'chudnovsky'];
const OPTIONS = ['format', 'algorithm', 'signal', 'onProgress'];

/** Throws unless n is a whole number from 0 to maxDigits[algorithm]. */
function checkDigits(n, algorithm, maxDigits) {
  if (n === undefined) {
    throw invalidType('The "n" argument is missing: pass the number of digits, as in generate(5)');
  }
  if (typeof n !== 'number') {
    throw invalidType(`The "n" argument must be of type number. Received ${describe(n)}`);
  }
  if (Number.isNaN(n)) {
    throw invalidType('The "n" argument must be a number. Received NaN');
  }
  const max = maxDigits[algorithm];
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
const SIGNAL_KEYS = ['aborted', 'addEventListener', 'removeEventListener'];

// Whether signal, or an object between it and AbortSignal.prototype, has an
// own property that events.addAbortListener would read or call in place of
// AbortSignal's. The chain holds no Proxy (isAbortSignal checked), so this
// runs none of the caller's code.
function shadowsSignal(signal) {
  for (let object = signal; object !== AbortSignal.prototype; object = Object.getPrototypeOf(object)) {
    if (SIGNAL_KEYS.some((key) => Object.hasOwn(object, key))) return true;
  }
  return false;
}

// Calls listener once when signal aborts, and returns the function that
// stops listening. Through events.addAbortListener where it can, so that
// another listener's stopImmediatePropagation() does not keep the abort from
// us; with a shadowing signal (or before Node 20.5), through EventTarget's
// own method, which such a listener can stop. Either way EventTarget's own
// removeEventListener stops it: the disposer addAbortListener returns would
// look signal.removeEventListener up when called, by which time the caller
// may have given the signal one of its own.
function onAbort(signal, listener) {
  if (addAbortListener && !shadowsSignal(signal)) addAbortListener(signal, listener);
  else listen(signal, 'abort', listener, { once: true });
  return () => unlisten(signal, 'abort', listener);
}

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

module.exports = { checkDigits, checkOptions, isAborted, reasonOf, onAbort };
