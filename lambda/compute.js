'use strict';
// Computes the digits a request asks for, for app.js and stream.js: refuses
// up front what the function's memory cannot hold, and stops in time to
// answer before the function's deadline.
const { generate } = require('compute-pi-go');
const { deadlineSignal } = require('./deadline.js');
const { functionMemoryMB, fits } = require('./memory.js');

/**
 * An error with the HTTP status, code and field an HTTP request is answered
 * with; its name is the errorType of a direct invoke.
 */
function failure(name, status, code, message) {
  return Object.assign(new Error(message), { name, status, code, field: 'digits' });
}

/** Throws InsufficientMemoryError when computing digits would not fit the function's memory. */
function checkMemory(digits) {
  const mb = functionMemoryMB();
  if (!fits(digits, mb)) {
    throw failure('InsufficientMemoryError', 413, 'INSUFFICIENT_MEMORY', `Computing ${digits} digits would need more memory than the function's ${mb} MB: ask for fewer digits or give the function more memory`);
  }
}

/** The digits as a string, or a TimeoutError shortly before the deadline. */
async function compute(digits, context) {
  checkMemory(digits);
  try {
    return await generate(digits, { format: 'string', signal: deadlineSignal(context) });
  } catch (error) {
    if (error.name !== 'AbortError') throw error;
    throw failure('TimeoutError', 504, 'TIMEOUT', `Computing ${digits} digits would not finish before the function's timeout: ask for fewer digits or raise the timeout`);
  }
}

/**
 * What an HTTP request is answered with for error: its own status, code and
 * message when it has a status; for anything else a 500 that says nothing
 * of the function's insides (the error goes to the log).
 */
function httpFailure(error) {
  if (error?.status) return error;
  console.error(error);
  return failure('InternalError', 500, 'INTERNAL_ERROR', 'The function failed unexpectedly; its log has the details');
}

module.exports = { failure, compute, httpFailure };
