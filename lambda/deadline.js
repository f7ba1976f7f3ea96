'use strict';
// The AbortSignal that stops a computation in time to answer before the
// function's deadline (app.js and stream.js share it).

// Time kept back from the deadline to answer a timeout cleanly.
const DEADLINE_MARGIN_MS = 500;

/** A signal that aborts DEADLINE_MARGIN_MS before context's deadline, or undefined without one. */
function deadlineSignal(context) {
  const left = context?.getRemainingTimeInMillis?.();
  return left === undefined ? undefined : AbortSignal.timeout(Math.max(0, left - DEADLINE_MARGIN_MS));
}

module.exports = { deadlineSignal };
