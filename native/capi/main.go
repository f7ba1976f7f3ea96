// Command capi is the C boundary of compute-pi-go: built with
// -buildmode=c-archive, it exports the functions declared in compute_pi.h.
// It only converts types; the computing is in pkg/pi and the rules in digits.go.
package main

/*
#include "compute_pi.h"
*/
import "C"

import "unsafe"

func main() {}

// The result and algorithm codes are spelled twice, in compute_pi.h for C and
// in digits.go for Go. These lines stop the build if the two ever differ.
var (
	_ = [1]struct{}{}[C.CPI_OK-codeOK]
	_ = [1]struct{}{}[C.CPI_EINVAL-codeInvalid]
	_ = [1]struct{}{}[C.CPI_ECANCELED-codeCanceled]
	_ = [1]struct{}{}[C.CPI_EPANIC-codePanic]
	_ = [1]struct{}{}[C.CPI_ALGORITHM_AUTO-algorithmAuto]
	_ = [1]struct{}{}[C.CPI_ALGORITHM_SPIGOT-algorithmSpigot]
	_ = [1]struct{}{}[C.CPI_ALGORITHM_CHUDNOVSKY-algorithmChudnovsky]
	_ = [1]struct{}{}[C.CPI_ALGORITHM_PANIC_FOR_TESTS-algorithmPanicForTests]
)

//export cpi_max_digits
func cpi_max_digits(algorithm C.int32_t) C.int64_t {
	return C.int64_t(maxDigits(int32(algorithm)))
}

//export cpi_digits
func cpi_digits(n C.int64_t, algorithm C.int32_t, out *C.uint8_t, cancel, progress *C.int32_t, err *C.char, errLen C.size_t) C.int {
	var dst []byte
	if out != nil && n > 0 && n <= C.int64_t(maxDigits(int32(algorithm))) {
		dst = unsafe.Slice((*byte)(unsafe.Pointer(out)), int(n))
	}
	code, msg := digits(int64(n), int32(algorithm), dst, (*int32)(unsafe.Pointer(cancel)), (*int32)(unsafe.Pointer(progress)))
	if code != codeOK && err != nil && errLen > 0 {
		buf := unsafe.Slice((*byte)(unsafe.Pointer(err)), int(errLen))
		buf[copy(buf[:len(buf)-1], msg)] = 0
	}
	return C.int(code)
}
