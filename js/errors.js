'use strict';
// Errors the package throws: each carries a machine-readable `code`, as
// Node.js's own errors do.
const { types } = require('node:util');

/** Rejects a computation stopped through an AbortSignal (like Node's own). */
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.name = 'AbortError';
    this.code = 'ABORT_ERR';
  }
}

function withCode(error, code) {
  error.code = code;
  return error;
}

const invalidType = (message) => withCode(new TypeError(message), 'ERR_INVALID_ARG_TYPE');
const invalidValue = (message, options) => withCode(new TypeError(message, options), 'ERR_INVALID_ARG_VALUE');
const outOfRange = (message) => withCode(new RangeError(message), 'ERR_OUT_OF_RANGE');

// The value of an own data property, read without running any code of the
// caller's: no getter, no Proxy trap (undefined when there is none).
function ownData(object, key) {
  if (types.isProxy(object)) return undefined;
  const property = Object.getOwnPropertyDescriptor(object, key);
  return property && 'value' in property ? property.value : undefined;
}

// Array.isArray looks through a Proxy without a trap, and throws only when
// it has been revoked.
function isRevoked(proxy) {
  try {
    Array.isArray(proxy);
    return false;
  } catch {
    return true;
  }
}

// The name of the class of an object, found without running the caller's
// code: a Proxy, a getter or a throwing `constructor` is never touched.
function className(object) {
  if (types.isProxy(object)) return isRevoked(object) ? 'a revoked Proxy' : 'a Proxy';
  if (Array.isArray(object)) return 'an Array';
  const prototype = Object.getPrototypeOf(object);
  if (prototype === null) return 'an object with a null prototype';
  const constructor = ownData(prototype, 'constructor');
  const name = typeof constructor === 'function' ? ownData(constructor, 'name') : undefined;
  return typeof name === 'string' && name !== '' ? `an instance of ${name.slice(0, 40)}` : 'an object';
}

/** A short description of a value for error messages; runs no code of the caller's and never throws. */
function describe(value) {
  if (value === null) return 'null';
  if (typeof value === 'string') return `type string (${JSON.stringify(value.slice(0, 20))})`;
  if (typeof value === 'bigint') return `type bigint (${String(value).slice(0, 20)}n)`;
  if (typeof value === 'symbol') return `type symbol (${String(value).slice(0, 40)})`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') {
    try {
      return className(value);
    } catch {
      return 'an object'; // no known object gets here: a last guard
    }
  }
  return `type ${typeof value} (${String(value)})`;
}

module.exports = { AbortError, invalidType, invalidValue, outOfRange, describe };
