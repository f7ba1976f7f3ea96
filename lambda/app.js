'use strict';
// The Lambda function: event {"digits": N} -> {"digits": N, "pi": "314..."}.
const { generate, MAX_DIGITS } = require('compute-pi-go');

/** Raised for an event that breaks a rule; the message names the field. */
class InvalidEventError extends Error {
  constructor(message) {
    super(message);
    this.name = 'InvalidEventError';
  }
}

// Returns the digit count the event asks for, or throws InvalidEventError.
function digitsOf(event) {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) {
    throw new InvalidEventError('The event must be a JSON object such as {"digits": 100}');
  }
  const { digits } = event;
  if (digits === undefined) {
    throw new InvalidEventError('The event has no "digits" field: send {"digits": N}');
  }
  if (typeof digits !== 'number' || !Number.isInteger(digits) || digits < 0 || digits > MAX_DIGITS) {
    throw new InvalidEventError(
      `The "digits" field must be an integer from 0 to ${MAX_DIGITS}; got ${JSON.stringify(digits) ?? String(digits)}`);
  }
  return digits;
}

exports.handler = async (event) => {
  const digits = digitsOf(event);
  return { digits, pi: await generate(digits, { format: 'string' }) };
};
