'use strict';
// The AbortSignal that stops a computation in time to answer before the
// function's deadline (app.js and stream.js share it).

// Time kept back from the deadline to answer a timeout cleanly: 500 ms, or
// COMPUTE_PI_DEADLINE_MARGIN_MS (whole milliseconds) when it is set. When
// less than the margin is left, the function answers TimeoutError at once.
const DEADLINE_MARGIN_MS = /^[0-9]{1,9}$/.test(process.env.COMPUTE_PI_DEADLINE_MARGIN_MS ?? '')
  ? Number(process.env.COMPUTE_PI_DEADLINE_MARGIN_MS) : 500;
// The longest delay a Node timer can wait (2^31 - 1 ms, about 24.8 days).
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The milliseconds left before the deadline, a whole number, or undefined
 * when the context gives none. The real runtime always gives a whole
 * number; local runners and test harnesses may give anything, or throw:
 * anything but a finite number means no deadline, and a fraction is
 * rounded down.
 */
function remainingMillis(context) {
  let left;
  try {
    left = context?.getRemainingTimeInMillis?.();
  } catch {
    return undefined;
  }
  return typeof left === 'number' && Number.isFinite(left) ? Math.floor(left) : undefined;
}

/**
 * A signal that aborts DEADLINE_MARGIN_MS before context's deadline, or
 * undefined without one, or with one further off than a timer can wait.
 */
function deadlineSignal(context) {
  const left = remainingMillis(context);
  if (left === undefined || left - DEADLINE_MARGIN_MS > MAX_TIMER_MS) return undefined;
  if (left <= DEADLINE_MARGIN_MS) return AbortSignal.abort();
  return AbortSignal.timeout(left - DEADLINE_MARGIN_MS);
}

module.exports = { deadlineSignal, remainingMillis, MAX_TIMER_MS };
