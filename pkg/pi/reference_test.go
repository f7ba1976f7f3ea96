package pi

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// referenceDigits returns the committed digits of π made by an independent
// program (see the header of testdata/pi-20000.txt), as byte values 0–9.
func referenceDigits(t testing.TB) []byte {
	t.Helper()
	f, err := os.Open("testdata/pi-20000.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		d := []byte(line)
		for k, c := range d {
			if c < '0' || c > '9' {
				t.Fatalf("reference: byte %d is %q", k, c)
			}
			d[k] = c - '0'
		}
		return d
	}
	t.Fatal("reference: no digits")
	return nil
}
