package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strconv"
	"time"

	"github.com/compute-pi-go/compute-pi-go/pkg/heaplimit"
	"github.com/compute-pi-go/compute-pi-go/pkg/pi"
)

// As in lambda/app.js.
const responseLimit = 6291556 // bytes of a synchronous Lambda response

// deadlineMargin is the time kept back from the deadline to answer a timeout
// cleanly: 500 ms, or COMPUTE_PI_DEADLINE_MARGIN_MS when it is set.
var deadlineMargin = marginFromEnv(os.Getenv("COMPUTE_PI_DEADLINE_MARGIN_MS"))

func marginFromEnv(text string) time.Duration {
	ms, err := strconv.ParseUint(text, 10, 30)
	if err != nil || len(text) > 9 {
		return 500 * time.Millisecond
	}
	return time.Duration(ms) * time.Millisecond
}

// ResponseTooLargeError and TimeoutError are named as the Node function's
// errors are: the name is the errorType of a direct invoke's error.
type ResponseTooLargeError struct{ message string }

func (e *ResponseTooLargeError) Error() string { return e.message }

type TimeoutError struct{ message string }

func (e *TimeoutError) Error() string { return e.message }

// The JSON shapes, fields in the order JSON.stringify writes them in Node.
type result struct {
	Digits int    `json:"digits"`
	Pi     string `json:"pi"`
}

type httpResponse struct {
	StatusCode int               `json:"statusCode"`
	Headers    map[string]string `json:"headers"`
	Body       string            `json:"body"`
}

type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Field   string `json:"field"`
		Message string `json:"message"`
	} `json:"error"`
}

// marshal is json.Marshal without HTML escaping, as JSON.stringify.
func marshal(v any) json.RawMessage {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err) // only our own types are marshalled
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

func unmarshal(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("trailing data")
	}
	return nil
}

func asHTTP(status int, payload any) json.RawMessage {
	return marshal(httpResponse{StatusCode: status, Headers: map[string]string{"content-type": "application/json"}, Body: string(marshal(payload))})
}

func handle(ctx context.Context, raw json.RawMessage) (json.RawMessage, error) {
	event, err := decode(raw)
	if err != nil {
		return nil, invalid(400, "INVALID_EVENT", "event", "The event must be JSON")
	}
	req := readHTTP(event)
	out, err := answer(ctx, event, req)
	if err != nil && req != nil {
		var body errorBody
		body.Error.Message = err.Error()
		status := 500
		switch e := err.(type) {
		case *InvalidEventError:
			status, body.Error.Code, body.Error.Field = e.status, e.code, e.field
		case *ResponseTooLargeError:
			status, body.Error.Code, body.Error.Field = 413, "RESPONSE_TOO_LARGE", "digits"
		case *InsufficientMemoryError:
			status, body.Error.Code, body.Error.Field = 413, "INSUFFICIENT_MEMORY", "digits"
		case *TimeoutError:
			status, body.Error.Code, body.Error.Field = 504, "TIMEOUT", "digits"
		default: // nothing of the function's insides in the answer
			log.Print(err)
			body.Error.Code, body.Error.Field = "INTERNAL_ERROR", "digits"
			body.Error.Message = "The function failed unexpectedly; its log has the details"
		}
		return asHTTP(status, body), nil
	}
	return out, err
}

func answer(ctx context.Context, event any, req *httpRequest) (json.RawMessage, error) {
	digits, err := readDigits(event, req, pi.MaxDigits)
	if err != nil {
		return nil, err
	}
	wrap := func(r result) json.RawMessage {
		if req != nil {
			return asHTTP(200, r)
		}
		return marshal(r)
	}
	if len(wrap(result{Digits: digits}))+digits > responseLimit {
		return nil, &ResponseTooLargeError{fmt.Sprintf("The response for %d digits would exceed the %d-byte limit of a Lambda response: ask for fewer digits or use the streaming function", digits, responseLimit)}
	}
	if mb, ok := functionMemoryMB(); ok && !fits(digits, mb) {
		return nil, &InsufficientMemoryError{fmt.Sprintf("Computing %d digits would need more memory than the function's %d MB: ask for fewer digits or give the function more memory", digits, mb)}
	}
	if deadline, ok := ctx.Deadline(); ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, deadline.Add(-deadlineMargin))
		defer cancel()
	}
	// Less time left than the margin: answer at once, computing nothing.
	// Otherwise answer at the deadline, not at the computation's next check:
	// the abandoned goroutine stops there on its own.
	if ctx.Err() != nil {
		err = pi.ErrCanceled
	} else {
		buf := make([]byte, digits)
		done := make(chan error, 1)
		go func() {
			defer heaplimit.Reserve(digits)()
			done <- pi.Fill(buf, pi.Options{Canceled: func() bool { return ctx.Err() != nil }})
		}()
		select {
		case err = <-done:
		case <-ctx.Done():
			err = pi.ErrCanceled
		}
		if err == nil {
			for k := range buf {
				buf[k] += '0'
			}
			return wrap(result{Digits: digits, Pi: string(buf)}), nil
		}
	}
	if errors.Is(err, pi.ErrCanceled) {
		return nil, &TimeoutError{fmt.Sprintf("Computing %d digits would not finish before the function's timeout: ask for fewer digits or raise the timeout", digits)}
	}
	return nil, err
}
