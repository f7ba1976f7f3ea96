package pi_test

import (
	"fmt"

	"github.com/compute-pi-go/compute-pi-go/pkg/pi"
)

func ExampleFill() {
	digits := make([]byte, 10)
	if err := pi.Fill(digits, pi.Options{}); err != nil {
		panic(err)
	}
	fmt.Println(digits)
	// Output: [3 1 4 1 5 9 2 6 5 3]
}

func ExampleDigits() {
	for d := range pi.Digits() {
		fmt.Print(d)
		if d == 9 { // stop at the first 9
			break
		}
	}
	fmt.Println()
	// Output: 314159
}
