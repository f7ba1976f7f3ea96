// The addon's entry point: what require() of compute_pi.node returns.
#include <napi.h>

#include "compute_pi.h"
#include "generate.h"
#include "signal_mask.h"

namespace {

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  compute_pi::RestoreLoaderMask();  // the Go runtime has started by now

  Napi::Object algorithms = Napi::Object::New(env);
  auto code = [env](int value) { return Napi::Number::New(env, value); };
  algorithms.Set("auto", code(CPI_ALGORITHM_AUTO));
  algorithms.Set("spigot", code(CPI_ALGORITHM_SPIGOT));
  algorithms.Set("panicForTests", code(CPI_ALGORITHM_PANIC_FOR_TESTS));

  exports.Set("generate",
              Napi::Function::New(env, compute_pi::Generate, "generate"));
  exports.Set("maxDigits",
              Napi::Number::New(env, double(compute_pi::MaxDigits())));
  exports.Set("algorithms", algorithms);
  return exports;
}

}  // namespace

NODE_API_MODULE(compute_pi, Init)
