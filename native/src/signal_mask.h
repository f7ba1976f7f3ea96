// Keeps asynchronous signals away from threads that run Go code.
//
// libuv installs the handlers behind process.on('SIGINT') and friends without
// SA_ONSTACK. Such a handler, run on a thread that is executing Go code, runs
// on the goroutine's small stack and can crash the Go runtime. So:
//  - before the Go runtime starts (it starts while the addon is loaded), the
//    loading thread blocks asynchronous signals, so every thread the runtime
//    creates inherits that mask; RestoreLoaderMask() then unblocks them on the
//    loading thread itself;
//  - a thread that calls into Go does so inside an AsyncSignalBlock.
// Signals then reach only threads that never run Go code (the JS thread).
#ifndef COMPUTE_PI_SIGNAL_MASK_H
#define COMPUTE_PI_SIGNAL_MASK_H

#include <signal.h>

namespace compute_pi {

// Undoes, on the thread that loaded the addon, the blocking done before the
// Go runtime started. Does nothing on any other thread, or a second time.
void RestoreLoaderMask();

// Blocks asynchronous signals on the calling thread for its lifetime.
class AsyncSignalBlock {
 public:
  AsyncSignalBlock();
  ~AsyncSignalBlock();
  AsyncSignalBlock(const AsyncSignalBlock&) = delete;
  AsyncSignalBlock& operator=(const AsyncSignalBlock&) = delete;

 private:
  sigset_t saved_;
};

}  // namespace compute_pi

#endif  // COMPUTE_PI_SIGNAL_MASK_H
