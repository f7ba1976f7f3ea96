package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/compute-pi-go/compute-pi-go/pkg/pi"
)

// FuzzDigits calls the boundary as cpi_digits does, with any n, algorithm
// code and buffer length, a cancel flag and a progress slot or none. The
// result code follows from the arguments alone, every failure carries a
// message, and a success is the reference's prefix with progress at
// 1,000,000. The buffer is at most 20,000 bytes, the reference's length, so
// a valid call computes at most that many digits. The seeds are in
// testdata/fuzz/FuzzDigits.
func FuzzDigits(f *testing.F) {
	ref := reference(f)
	f.Fuzz(func(t *testing.T, n int64, algorithm int32, bufLen uint16, flags uint8) {
		dst := make([]byte, int(bufLen)%(len(ref)+1))
		var cancel, progress *int32
		if flags&1 != 0 {
			cancel = new(int32)
			if flags&2 != 0 {
				*cancel = 1
			}
		}
		if flags&4 != 0 {
			progress = new(int32)
		}

		code, msg := digits(n, algorithm, dst, cancel, progress)

		want := wantCode(n, algorithm, len(dst), cancel != nil && *cancel != 0)
		if code != want && !(want == codeCanceled && n == 0 && code == codeOK) {
			t.Fatalf("n=%d algorithm=%d len=%d flags=%b: code %d (%q), want %d", n, algorithm, len(dst), flags, code, msg, want)
		}
		if (code == codeOK) != (msg == "") || code != codeOK && !strings.HasPrefix(msg, "compute-pi-go: ") {
			t.Fatalf("code %d with message %q", code, msg)
		}
		if code != codeOK {
			return
		}
		if !bytes.Equal(dst, ref[:n]) {
			t.Fatalf("n=%d algorithm=%d: digits differ from the reference", n, algorithm)
		}
		if progress != nil && *progress != 1_000_000 {
			t.Fatalf("n=%d algorithm=%d: progress %d, want 1000000", n, algorithm, *progress)
		}
	})
}

// wantCode is the result compute_pi.h promises for the arguments, with the
// limits taken from pkg/pi. A cancel flag set before the call stops any n
// from 1 on; with n = 0 there is no step to stop, and the caller allows OK.
func wantCode(n int64, algorithm int32, bufLen int, canceled bool) int {
	limits := map[int32]int{
		algorithmAuto:          pi.MaxDigits,
		algorithmSpigot:        pi.MaxSpigotDigits,
		algorithmChudnovsky:    pi.MaxDigits,
		algorithmPanicForTests: pi.MaxDigits,
	}
	max, known := limits[algorithm]
	switch {
	case !known, n < 0, n > int64(max), int64(bufLen) != n:
		return codeInvalid
	case algorithm == algorithmPanicForTests:
		return codePanic
	case canceled:
		return codeCanceled
	}
	return codeOK
}

// reference returns the 20,000 digits of pkg/pi/testdata/pi-20000.txt, made
// by an independent program, as byte values 0-9.
func reference(tb testing.TB) []byte {
	data, err := os.ReadFile("../../pkg/pi/testdata/pi-20000.txt")
	if err != nil {
		tb.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	d := []byte(lines[len(lines)-1])
	for k, c := range d {
		if c < '0' || c > '9' {
			tb.Fatalf("reference: byte %d is %q", k, c)
		}
		d[k] = c - '0'
	}
	return d
}
