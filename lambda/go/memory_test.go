package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/compute-pi-go/compute-pi-go/pkg/heaplimit"
)

// maxDigits128 is the most digits the model fits in 128 MB.
const maxDigits128 = (128<<20 - baseBytes) / bytesPerDigit

func TestFunctionMemoryIsWholeMB(t *testing.T) {
	for text, want := range map[string]int{"128": 128, "10240": 10240, "": 0, "0": 0, "-1": 0, "12.5": 0, "1e3": 0, " 128": 0, "1234567": 0} {
		t.Setenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", text)
		if got, ok := functionMemoryMB(); got != want || ok != (want != 0) {
			t.Errorf("%q: %d, %v", text, got, ok)
		}
	}
	if !fits(maxDigits128, 128) || fits(maxDigits128+1, 128) {
		t.Errorf("the model's edge at 128 MB is not %d", maxDigits128)
	}
}

// At 128 MB, more than fits is refused at once: InsufficientMemoryError, or
// a 413 INSUFFICIENT_MEMORY for HTTP; beyond the response limit that is
// what is said first, as in Node.
func TestRefusesWhatMemoryCannotHold(t *testing.T) {
	t.Setenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128")
	var refused *InsufficientMemoryError
	if _, err := call(t, context.Background(), fmt.Sprintf(`{"digits": %d}`, maxDigits128+1)); !errors.As(err, &refused) || !strings.Contains(err.Error(), "128 MB") {
		t.Fatalf("got %v", err)
	}
	get := `{"version":"2.0","rawPath":"/pi","queryStringParameters":{"digits":"%d"},"requestContext":{"http":{"method":"GET"}}}`
	got, _ := call(t, context.Background(), fmt.Sprintf(get, maxDigits128+1))
	if !strings.HasPrefix(got, `{"statusCode":413,`) || !strings.Contains(got, `\"code\":\"INSUFFICIENT_MEMORY\"`) {
		t.Fatalf("got %s", got)
	}
	if got, _ := call(t, context.Background(), fmt.Sprintf(get, 7_000_000)); !strings.Contains(got, "RESPONSE_TOO_LARGE") {
		t.Fatalf("got %s", got)
	}
}

// Digits still in flight (a computation stopped at its deadline that has
// not reached its next check) count against the memory of the next request.
func TestDigitsInFlightCount(t *testing.T) {
	release := heaplimit.Reserve(maxDigits128)
	defer release()
	if heaplimit.InFlight() == 0 {
		return // GOGC is set: heaplimit counts nothing
	}
	if fits(1, 128) {
		t.Errorf("1 digit fits in 128 MB beside %d in flight", maxDigits128)
	}
}
