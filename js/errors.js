'use strict';
// Errors the package throws: each carries a machine-readable `code`, as
// Node.js's own errors do.

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
const invalidValue = (message) => withCode(new TypeError(message), 'ERR_INVALID_ARG_VALUE');
const outOfRange = (message) => withCode(new RangeError(message), 'ERR_OUT_OF_RANGE');

/** A short description of a value for error messages. */
function describe(value) {
  if (value === null) return 'null';
  if (typeof value === 'string') return `type string (${JSON.stringify(value.slice(0, 20))})`;
  if (typeof value === 'bigint') return `type bigint (${value}n)`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') return `an instance of ${value.constructor?.name ?? 'Object'}`;
  return `type ${typeof value} (${String(value)})`;
}

module.exports = { AbortError, invalidType, invalidValue, outOfRange, describe };
