#include "signal_mask.h"

#include <pthread.h>

#include <atomic>
#include <initializer_list>

namespace compute_pi {
namespace {

// Every signal but those that report a fault of the running thread, which
// must reach the Go runtime, and SIGURG, its own preemption signal (installed
// with SA_ONSTACK). Blocking SIGKILL and SIGSTOP is a no-op by definition.
sigset_t AsyncSignals() {
  sigset_t set;
  sigfillset(&set);
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGSYS, SIGURG}) {
    sigdelset(&set, sig);
  }
  return set;
}

pthread_t loader;
sigset_t loader_mask;
std::atomic<bool> loader_blocked{false};

// Priority 101 runs before every constructor without a priority, the Go
// runtime's among them, when the dynamic loader loads the addon.
__attribute__((constructor(101))) void BlockBeforeGoStarts() {
  sigset_t async = AsyncSignals();
  loader = pthread_self();
  if (pthread_sigmask(SIG_BLOCK, &async, &loader_mask) == 0) {
    loader_blocked.store(true);
  }
}

}  // namespace

void RestoreLoaderMask() {
  if (pthread_equal(pthread_self(), loader) && loader_blocked.exchange(false)) {
    pthread_sigmask(SIG_SETMASK, &loader_mask, nullptr);
  }
}

AsyncSignalBlock::AsyncSignalBlock() {
  sigset_t async = AsyncSignals();
  pthread_sigmask(SIG_BLOCK, &async, &saved_);
}

AsyncSignalBlock::~AsyncSignalBlock() {
  pthread_sigmask(SIG_SETMASK, &saved_, nullptr);
}

}  // namespace compute_pi
