package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/compute-pi-go/compute-pi-go/pkg/pi"
)

// These tests call the boundary in Go types; the C side is exercised end to
// end by the Node tests in js/test.

func TestDigitsOK(t *testing.T) {
	dst := make([]byte, 5)
	if code, msg := digits(5, algorithmAuto, dst, nil, nil); code != codeOK {
		t.Fatalf("code %d: %s", code, msg)
	}
	if !bytes.Equal(dst, []byte{3, 1, 4, 1, 5}) {
		t.Fatalf("got %v", dst)
	}
}

func TestDigitsRejectsBadArguments(t *testing.T) {
	for _, tc := range []struct {
		name      string
		n         int64
		algorithm int32
		dst       []byte
	}{
		{"negative n", -1, algorithmAuto, nil},
		{"n above the maximum", maxDigits(algorithmAuto) + 1, algorithmAuto, nil},
		{"n above the spigot's maximum", maxDigits(algorithmSpigot) + 1, algorithmSpigot, nil},
		{"missing buffer", 3, algorithmAuto, nil},
		{"unknown algorithm", 3, 7, make([]byte, 3)},
	} {
		if code, msg := digits(tc.n, tc.algorithm, tc.dst, nil, nil); code != codeInvalid || msg == "" {
			t.Errorf("%s: code %d, message %q", tc.name, code, msg)
		}
	}
}

func TestDigitsCanceled(t *testing.T) {
	flag := int32(1)
	if code, _ := digits(100, algorithmSpigot, make([]byte, 100), &flag, nil); code != codeCanceled {
		t.Fatalf("code %d, want %d", code, codeCanceled)
	}
}

func TestDigitsRecoversPanic(t *testing.T) {
	code, msg := digits(1, algorithmPanicForTests, make([]byte, 1), nil, nil)
	if code != codePanic || !strings.Contains(msg, "panic") {
		t.Fatalf("code %d, message %q", code, msg)
	}
}

func TestDigitsStoresProgress(t *testing.T) {
	progress := int32(-1)
	if code, msg := digits(5000, algorithmChudnovsky, make([]byte, 5000), nil, &progress); code != codeOK {
		t.Fatalf("code %d: %s", code, msg)
	}
	if progress != 1_000_000 {
		t.Fatalf("progress %d, want 1000000", progress)
	}
}

// From pi.SerialDigits on, the computation runs on a goroutine of its own:
// its digits are the reference's, a cancel flag still stops it, and a panic
// in it comes back to the caller.
func TestDigitsUnlocked(t *testing.T) {
	file, err := os.ReadFile("../../pkg/pi/testdata/pi-20000.txt") // CLN's, a # header first
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(file)), "\n")
	want := lines[len(lines)-1]
	n := pi.SerialDigits
	if n > len(want) {
		t.Fatalf("the reference has %d digits, fewer than %d", len(want), n)
	}
	dst := make([]byte, n)
	if code, msg := digits(int64(n), algorithmAuto, dst, nil, nil); code != codeOK {
		t.Fatalf("code %d: %s", code, msg)
	}
	for i, d := range dst {
		if d+'0' != want[i] {
			t.Fatalf("digit %d is %d, want %c", i, d, want[i])
		}
	}
	flag := int32(1)
	if code, _ := digits(pi.SerialDigits, algorithmAuto, make([]byte, pi.SerialDigits), &flag, nil); code != codeCanceled {
		t.Fatalf("canceled: code %d, want %d", code, codeCanceled)
	}
	defer func() {
		if r := recover(); r != "boom" {
			t.Fatalf("recovered %v, want boom", r)
		}
	}()
	fillUnlocked(make([]byte, pi.SerialDigits), pi.Options{Canceled: func() bool { panic("boom") }})
	t.Fatal("no panic")
}
