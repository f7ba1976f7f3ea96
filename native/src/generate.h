// generate(n, format, algorithm, flags) -> Promise: the digits of pi,
// computed by the Go archive on a libuv worker thread.
#ifndef COMPUTE_PI_GENERATE_H
#define COMPUTE_PI_GENERATE_H

#include <napi.h>

namespace compute_pi {

// The largest n that Generate accepts for an algorithm code, or -1 for an
// unknown code: cpi_max_digits(), asked once per code.
int64_t MaxDigits(int32_t algorithm);

// Arguments, already checked by the JavaScript layer and checked again here:
//   n          integer from 0 to cpi_max_digits()
//   format     "array" (number[]), "string" ("314...") or "buffer" (Buffer of
//              digit values 0-9)
//   algorithm  one of the CPI_ALGORITHM_* codes
//   flags      undefined, or an Int32Array of 2 shared with the computation:
//              storing non-zero in [0] cancels it (the Promise rejects with
//              ABORT_ERR); [1] holds the fraction done, in millionths
Napi::Value Generate(const Napi::CallbackInfo& info);

}  // namespace compute_pi

#endif  // COMPUTE_PI_GENERATE_H
