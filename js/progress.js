'use strict';
// onProgress, called from a timer while a computation runs. The computation
// shares an Int32Array with Go: [CANCEL] is its cancel flag, [PROGRESS] the
// fraction done in millionths.
const CANCEL = 0;
const PROGRESS = 1;

// How often onProgress is called while a computation runs, in ms.
const PROGRESS_INTERVAL = 100;

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

module.exports = { reportProgress, CANCEL, PROGRESS };
