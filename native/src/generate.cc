#include "generate.h"

#include <cmath>
#include <cstdlib>
#include <initializer_list>
#include <map>
#include <string>

#include "compute_pi.h"
#include "signal_mask.h"

namespace compute_pi {
namespace {

enum class Format { kArray, kString, kBuffer };

// Result code of a failed allocation, beside the CPI_* codes.
constexpr int kNoMemory = -1;

const char* ErrorCode(int code) {
  switch (code) {
    case CPI_ECANCELED:
      return "ABORT_ERR";
    case CPI_EPANIC:
      return "ERR_COMPUTE_PI_PANIC";
    case kNoMemory:
      return "ERR_COMPUTE_PI_NO_MEMORY";
    default:
      return "ERR_COMPUTE_PI_INVALID";
  }
}

// One computation: the inputs and the digits travel on this object between
// the JS thread (constructor, OnOK, OnError) and a worker thread (Execute),
// which touches no JS value.
class GenerateWorker : public Napi::AsyncWorker {
 public:
  GenerateWorker(Napi::Env env, napi_deferred deferred, int64_t n,
                 Format format, int32_t algorithm, Napi::Value flags)
      : Napi::AsyncWorker(env, "compute-pi-go:GenerateWorker"),
        deferred_(deferred),
        n_(n),
        format_(format),
        algorithm_(algorithm) {
    if (flags.IsTypedArray()) {
      Napi::Int32Array array = flags.As<Napi::Int32Array>();
      flags_ = array.Data();
      flags_ref_ = Napi::Persistent(array);  // keeps flags_ alive
    }
  }

  ~GenerateWorker() override { std::free(digits_); }

 protected:
  void Execute() override {
    digits_ = static_cast<uint8_t*>(std::malloc(n_ > 0 ? n_ : 1));
    if (digits_ == nullptr) {
      code_ = kNoMemory;
      SetError("compute-pi-go: out of memory for " + std::to_string(n_) +
               " digits");
      return;
    }
    char message[512] = "";
    {
      AsyncSignalBlock block;
      code_ = cpi_digits(n_, algorithm_, digits_, flags_ ? &flags_[0] : nullptr,
                         flags_ ? &flags_[1] : nullptr, message,
                         sizeof message);
    }
    if (code_ != CPI_OK) {
      SetError(message);
      return;
    }
    if (format_ == Format::kString) {
      for (int64_t i = 0; i < n_; i++) digits_[i] += '0';
    }
  }

  void OnOK() override {
    Napi::Env env = Env();
    switch (format_) {
      case Format::kString: {
        napi_value s;
        napi_status status = napi_create_string_latin1(
            env, reinterpret_cast<const char*>(digits_), n_, &s);
        if (status != napi_ok) {
          Reject(Napi::Error::New(env).Value());
          return;
        }
        Resolve(s);
        return;
      }
      case Format::kBuffer: {
        uint8_t* data = digits_;
        digits_ = nullptr;  // the Buffer owns it now
        Resolve(Napi::Buffer<uint8_t>::NewOrCopy(
            env, data, n_, [](Napi::Env, uint8_t* p) { std::free(p); }));
        return;
      }
      case Format::kArray: {
        Napi::Number values[10];
        for (int d = 0; d < 10; d++) values[d] = Napi::Number::New(env, d);
        Napi::Array array = Napi::Array::New(env, n_);
        for (int64_t i = 0; i < n_; i++) {
          array.Set(static_cast<uint32_t>(i), values[digits_[i]]);
        }
        Resolve(array);
        return;
      }
    }
  }

  void OnError(const Napi::Error& error) override {
    error.Set("code", Napi::String::New(Env(), ErrorCode(code_)));
    Reject(error.Value());
  }

 private:
  // Each fails only while the thread's environment shuts down, when no JS is
  // left to see the promise.
  void Resolve(napi_value value) {
    napi_resolve_deferred(Env(), deferred_, value);
  }
  void Reject(napi_value error) {
    napi_reject_deferred(Env(), deferred_, error);
  }

  napi_deferred deferred_;
  int64_t n_;
  Format format_;
  int32_t algorithm_;
  int32_t* flags_ = nullptr;  // [0] cancel, [1] progress
  Napi::Reference<Napi::Int32Array> flags_ref_;
  uint8_t* digits_ = nullptr;
  int code_ = CPI_OK;
};

Napi::Value Throw(Napi::Error error, const char* code) {
  error.Set("code", Napi::String::New(error.Env(), code));
  error.ThrowAsJavaScriptException();
  return error.Env().Undefined();
}

}  // namespace

int64_t MaxDigits(int32_t algorithm) {
  static const std::map<int32_t, int64_t> limits = [] {
    AsyncSignalBlock block;  // calls into Go, here on the JS thread
    std::map<int32_t, int64_t> m;
    for (int32_t code : {CPI_ALGORITHM_AUTO, CPI_ALGORITHM_SPIGOT,
                         CPI_ALGORITHM_CHUDNOVSKY,
                         CPI_ALGORITHM_PANIC_FOR_TESTS}) {
      m[code] = cpi_max_digits(code);
    }
    return m;
  }();
  auto it = limits.find(algorithm);
  return it == limits.end() ? -1 : it->second;
}

Napi::Value Generate(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (!info[0].IsNumber()) {
    return Throw(Napi::TypeError::New(env, "n must be a number"),
                 "ERR_INVALID_ARG_TYPE");
  }
  double n = info[0].As<Napi::Number>().DoubleValue();
  if (std::isnan(n)) {
    return Throw(Napi::TypeError::New(env, "n must not be NaN"),
                 "ERR_INVALID_ARG_TYPE");
  }

  std::string name = info[1].IsString()
                         ? info[1].As<Napi::String>().Utf8Value()
                         : std::string();
  Format format;
  if (name == "array") {
    format = Format::kArray;
  } else if (name == "string") {
    format = Format::kString;
  } else if (name == "buffer") {
    format = Format::kBuffer;
  } else {
    return Throw(Napi::TypeError::New(
                     env, "format must be 'array', 'string' or 'buffer'"),
                 "ERR_INVALID_ARG_VALUE");
  }

  if (!info[2].IsNumber()) {
    return Throw(Napi::TypeError::New(env, "algorithm must be a number"),
                 "ERR_INVALID_ARG_TYPE");
  }
  int32_t algorithm = info[2].As<Napi::Number>().Int32Value();
  int64_t max = MaxDigits(algorithm);
  if (max < 0) {
    return Throw(Napi::TypeError::New(env, "unknown algorithm code " +
                                               std::to_string(algorithm)),
                 "ERR_INVALID_ARG_VALUE");
  }
  if (n != std::floor(n) || n < 0 || n > static_cast<double>(max)) {
    return Throw(Napi::RangeError::New(env, "n must be an integer from 0 to " +
                                                std::to_string(max)),
                 "ERR_OUT_OF_RANGE");
  }

  Napi::Value flags = info[3];
  bool flags_ok = flags.IsUndefined();
  if (flags.IsTypedArray()) {
    Napi::TypedArray array = flags.As<Napi::TypedArray>();
    flags_ok = array.TypedArrayType() == napi_int32_array &&
               array.ElementLength() >= 2;
  }
  if (!flags_ok) {
    return Throw(Napi::TypeError::New(
                     env, "flags must be undefined or an Int32Array of 2"),
                 "ERR_INVALID_ARG_TYPE");
  }

  // Not Napi::Promise::Deferred: when napi_create_promise fails, as it does
  // once worker.terminate() has begun to stop this thread, that class leaves
  // its promise unset, and returning the garbage crashes the process.
  napi_deferred deferred;
  napi_value promise;
  if (napi_create_promise(env, &deferred, &promise) != napi_ok) {
    return Napi::Value();  // the thread is stopping: nothing will run
  }
  auto* worker = new GenerateWorker(env, deferred, static_cast<int64_t>(n),
                                    format, algorithm, flags);
  worker->Queue();  // the worker deletes itself once settled
  return Napi::Value(env, promise);
}

}  // namespace compute_pi
