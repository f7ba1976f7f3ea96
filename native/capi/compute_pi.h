/*
 * compute_pi.h - the C interface of the compute-pi-go archive.
 *
 * The archive is built from native/capi with `go build -buildmode=c-archive`.
 * This header is the contract; the header cgo generates stays internal.
 *
 * Memory: every pointer passed in is owned by the caller and must stay valid
 * until the call returns. The archive keeps no pointer after returning and
 * hands out none of its own.
 *
 * Threads: any number of calls may run at once, each on its own thread.
 *
 * Signals: while a thread runs Go code, an asynchronous signal delivered to it
 * runs whatever handler is installed on the goroutine's small stack; handlers
 * installed without SA_ONSTACK (such as libuv's) can then crash the Go
 * runtime. Callers should keep asynchronous signals blocked on threads while
 * they call in, and on the thread that loads the archive (the Go runtime's
 * threads inherit its mask when the runtime starts).
 */
#ifndef COMPUTE_PI_H
#define COMPUTE_PI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Result codes of cpi_digits. */
enum {
  CPI_OK = 0,
  CPI_EINVAL = 1,    /* n out of range for the algorithm, unknown algorithm,
                        or NULL out */
  CPI_ECANCELED = 2, /* *cancel became non-zero before the digits were done */
  CPI_EPANIC = 3     /* the Go code panicked; the message tells the panic */
};

/* Algorithms for cpi_digits. */
enum {
  CPI_ALGORITHM_AUTO = 0,   /* the fastest for n */
  CPI_ALGORITHM_SPIGOT = 1, /* Gibbons' unbounded spigot, O(n^2) */
  CPI_ALGORITHM_CHUDNOVSKY = 2, /* Chudnovsky series, binary splitting */
  /* Test hook, not an algorithm: the call panics inside Go, so that tests
   * can prove a panic becomes CPI_EPANIC instead of ending the process. */
  CPI_ALGORITHM_PANIC_FOR_TESTS = 255
};

/* The largest n that cpi_digits accepts for an algorithm, or -1 if the
 * algorithm is unknown. */
int64_t cpi_max_digits(int32_t algorithm);

/*
 * cpi_digits writes the first n decimal digits of pi, as byte values 0-9 with
 * the leading 3 first, to out[0] ... out[n-1], and returns CPI_OK.
 *
 * out      at least n bytes (may be NULL when n is 0).
 * cancel   NULL, or a flag that the computation polls (atomically) before
 *          every step; once it reads non-zero the call returns CPI_ECANCELED.
 * progress NULL, or where the computation stores (atomically) the fraction of
 *          its work done, in millionths: 0 to 1000000, never decreasing.
 * err      NULL, or err_len bytes that receive a NUL-terminated message
 *          (cut to fit) whenever the result is not CPI_OK.
 *
 * On any result but CPI_OK, out is left partly written.
 */
int cpi_digits(int64_t n, int32_t algorithm, uint8_t *out, int32_t *cancel,
               int32_t *progress, char *err, size_t err_len);

#ifdef __cplusplus
}
#endif

#endif /* COMPUTE_PI_H */
