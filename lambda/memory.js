'use strict';
// How much memory computing n digits takes, and whether the function has it
// (AWS_LAMBDA_FUNCTION_MEMORY_SIZE, in MB of 2^20 bytes, as Lambda counts).
//
// The model is an upper bound of measured peaks: the resident set (VmHWM)
// of the whole runtime process (Node 22, the runtime interface client and
// the addon, from dist/function-x86_64.zip under the emulator), answering
// one request for n digits as an HTTP GET through app.js (the largest
// answer: the body is JSON inside JSON) or directly through stream.js:
//
//   n        app.js   stream.js  (MiB)
//   1          62.5     63.1
//   10^5       69.3     68.9
//   3·10^5     70.6     73.1
//   10^6       87.2     84.5
//   2·10^6    112.2    110.1
//   3·10^6    133.8    123.2
//   5·10^6    174.3    170.8
//   6·10^6    192.9    181.3
//   10^7         -     259.4
//   2·10^7       -     433.0
//   7.38·10^7    -    1379.5  (the most 1769 MB accepts)
//
// (lambda/test/deploy/measure-memory.js measures them again.) The steepest
// measured growth is about 23 bytes a digit, and the highest measured peak
// less 24 bytes a digit is 66.4 MiB, 4 MiB above the fresh runtime's 62.5.
//
// A warm runtime sits higher: after thousands of invokes (make soak), V8's
// young generation has grown and the Go heap keeps some pages, about 85-90
// MiB between requests; and a computation stopped at its deadline goes on
// until its next check, beside the next request. So the base is the larger
// of the fresh one and the process's resident memory now, plus 18 MiB (the
// 4 MiB above, and 14 MiB of margin).
const MIB = 2 ** 20;
const BASE_BYTES = 80 * MIB;
const HEADROOM_BYTES = 18 * MIB;
const BYTES_PER_DIGIT = 24;

/** The function's memory in MB (AWS_LAMBDA_FUNCTION_MEMORY_SIZE), or undefined when unknown. */
function functionMemoryMB(env = process.env) {
  const text = env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE;
  return /^[1-9][0-9]{0,5}$/.test(text ?? '') ? Number(text) : undefined;
}

/** The modelled peak resident memory, in bytes, of a runtime now at rss bytes computing digits. */
const peakBytes = (digits, rss = 0) => Math.max(BASE_BYTES, rss + HEADROOM_BYTES) + BYTES_PER_DIGIT * digits;

/** Whether computing digits fits in mb MB now; any digits fit when mb is undefined. */
const fits = (digits, mb, rss = process.memoryUsage.rss()) => mb === undefined || peakBytes(digits, rss) <= mb * MIB;

/** The most digits that fit in mb MB in a fresh runtime (0 when not even the runtime fits). */
const maxDigitsFor = (mb) => Math.max(0, Math.floor((mb * MIB - BASE_BYTES) / BYTES_PER_DIGIT));

module.exports = { functionMemoryMB, peakBytes, fits, maxDigitsFor };
