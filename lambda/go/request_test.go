package main

import (
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// The shared corpus: events and what lambda/request.js makes of them.
type corpusEvent struct {
	Name  string          `json:"name"`
	Event json.RawMessage `json:"event"`
	Raw   string          `json:"raw"`
	Want  struct {
		Digits  *int   `json:"digits"`
		Status  int    `json:"status"`
		Code    string `json:"code"`
		Field   string `json:"field"`
		Message string `json:"message"`
	} `json:"want"`
}

// The event as the runtime hands it over: JSON text.
func (c corpusEvent) json() []byte {
	if c.Raw != "" {
		return []byte(c.Raw)
	}
	return c.Event
}

func readCorpus(tb testing.TB) []corpusEvent {
	data, err := os.ReadFile("../test/events.json")
	if err != nil {
		tb.Fatal(err)
	}
	var corpus struct{ Events []corpusEvent }
	if err := json.Unmarshal(data, &corpus); err != nil {
		tb.Fatal(err)
	}
	return corpus.Events
}

const maxDigits = 100_000_000 // the max the corpus was written with

// parse reads raw as the twin reads an event.
func parse(raw []byte) (int, *InvalidEventError) {
	event, err := decode(raw)
	if err != nil {
		return 0, &InvalidEventError{status: 400, code: "INVALID_EVENT", field: "event"}
	}
	n, err := readDigits(event, readHTTP(event), maxDigits)
	if err != nil {
		var invalid *InvalidEventError
		if !errors.As(err, &invalid) {
			panic(err)
		}
		return 0, invalid
	}
	return n, nil
}

// The twin reads every event of the corpus as the Node function does: the
// same digits, or the same status, code, field and message.
func TestSharedCorpus(t *testing.T) {
	for _, c := range readCorpus(t) {
		n, invalid := parse(c.json())
		switch {
		case c.Want.Digits != nil && (invalid != nil || n != *c.Want.Digits):
			t.Errorf("%s: got %d, %v; want %d digits", c.Name, n, invalid, *c.Want.Digits)
		case c.Want.Digits == nil && (invalid == nil || invalid.status != c.Want.Status || invalid.code != c.Want.Code || invalid.field != c.Want.Field || invalid.message != c.Want.Message):
			t.Errorf("%s: got %d, %+v; want %+v", c.Name, n, invalid, c.Want)
		}
	}
}

// Any bytes as an event: no panic; either digits from 0 to the maximum, or
// an InvalidEventError with a 400, 404 or 405, a code, a field and a
// message that names no Go internals. When few digits are asked for, the
// whole handler answers too: an HTTP request with a statusCode and a JSON
// body, a direct invoke with the digits or a named error.
func FuzzRequest(f *testing.F) {
	for _, c := range readCorpus(f) {
		f.Add(c.json())
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		n, invalid := parse(raw)
		if invalid != nil {
			if !slices.Contains([]int{400, 404, 405}, invalid.status) || invalid.code == "" || invalid.field == "" {
				t.Fatalf("%+v", invalid)
			}
			if invalid.message != "" && (strings.Contains(invalid.message, ".go") || !utf8.ValidString(invalid.message)) {
				t.Fatalf("message %q", invalid.message)
			}
		} else if n < 0 || n > maxDigits {
			t.Fatalf("%d digits", n)
		}
		if invalid == nil && n > 1000 {
			return // computing many digits is the digits tests' job
		}
		checkAnswer(t, raw)
	})
}

// The first 1000 digits, from the reference the JS tests use too.
var referenceFile = sync.OnceValues(func() ([]byte, error) { return os.ReadFile("../../pkg/pi/testdata/pi-20000.txt") })

func reference(tb testing.TB) string {
	data, err := referenceFile()
	if err != nil {
		tb.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "31415") {
			return line[:1000]
		}
	}
	tb.Fatal("no digits in pi-20000.txt")
	return ""
}

var allowedStatus = []int{200, 400, 404, 405, 413, 504}

// checkAnswer checks what the handler answers raw with.
func checkAnswer(t *testing.T, raw []byte) {
	out, err := handle(t.Context(), raw)
	event, _ := decode(raw)
	body := out
	if readHTTP(event) != nil {
		var response httpResponse
		if err != nil || json.Unmarshal(out, &response) != nil || !slices.Contains(allowedStatus, response.StatusCode) {
			t.Fatalf("HTTP answer %s, %v", out, err)
		}
		body = []byte(response.Body)
		if response.StatusCode != 200 {
			var e errorBody
			if json.Unmarshal(body, &e) != nil || e.Error.Code == "" || e.Error.Message == "" {
				t.Fatalf("HTTP error body %s", body)
			}
			return
		}
	} else if err != nil {
		var invalid *InvalidEventError
		if !errors.As(err, &invalid) {
			t.Fatalf("direct error %T %v", err, err)
		}
		return
	}
	var r result
	if json.Unmarshal(body, &r) != nil || r.Pi != reference(t)[:r.Digits] {
		t.Fatalf("answer %s", body)
	}
}
