// The addon's entry point: what require() of compute_pi.node returns.
#include <napi.h>

#include "compute_pi.h"
#include "generate.h"
#include "signal_mask.h"

namespace {

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  compute_pi::RestoreLoaderMask();  // the Go runtime has started by now

  Napi::Object algorithms = Napi::Object::New(env);
  Napi::Object limits = Napi::Object::New(env);
  auto add = [&](const char* name, int32_t code) {
    algorithms.Set(name, Napi::Number::New(env, code));
    limits.Set(name, Napi::Number::New(
                         env, double(compute_pi::MaxDigits(code))));
  };
  add("auto", CPI_ALGORITHM_AUTO);
  add("spigot", CPI_ALGORITHM_SPIGOT);
  add("chudnovsky", CPI_ALGORITHM_CHUDNOVSKY);
  add("panicForTests", CPI_ALGORITHM_PANIC_FOR_TESTS);

  exports.Set("generate",
              Napi::Function::New(env, compute_pi::Generate, "generate"));
  exports.Set("algorithms", algorithms);  // name -> CPI_ALGORITHM_* code
  exports.Set("maxDigits", limits);       // name -> largest n
  return exports;
}

}  // namespace

NODE_API_MODULE(compute_pi, Init)
