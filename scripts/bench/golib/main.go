// Command golib times the Go library alone, the way scripts/bench/cores.js
// times generate() through Node: a warm-up of 10 digits, then the first n
// digits as a string. It prints the seconds, then the digits.
//
//	go run ./scripts/bench/golib 1000000
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/compute-pi-go/compute-pi-go/pkg/pi"
)

func main() {
	n, err := strconv.Atoi(os.Args[len(os.Args)-1])
	if err != nil || n < 1 {
		fmt.Fprintln(os.Stderr, "usage: golib N")
		os.Exit(2)
	}
	if err := pi.Fill(make([]byte, 10), pi.Options{}); err != nil {
		panic(err)
	}
	start := time.Now()
	dst := make([]byte, n)
	if err := pi.Fill(dst, pi.Options{}); err != nil {
		panic(err)
	}
	for i := range dst {
		dst[i] += '0'
	}
	digits := string(dst)
	fmt.Println(time.Since(start).Seconds())
	fmt.Println(digits)
}
