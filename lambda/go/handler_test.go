package main

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// The parity test (lambda/test/deploy/parity.test.js) holds these responses
// byte-identical to the Node function's; these check the twin on its own.

func call(t *testing.T, ctx context.Context, event string) (string, error) {
	t.Helper()
	out, err := handle(ctx, []byte(event))
	return string(out), err
}

func TestDirect(t *testing.T) {
	got, err := call(t, context.Background(), `{"digits": 5}`)
	if err != nil || got != `{"digits":5,"pi":"31415"}` {
		t.Fatalf("got %s, %v", got, err)
	}
	_, err = call(t, context.Background(), `{"digits": -1}`)
	var invalid *InvalidEventError
	if !errors.As(err, &invalid) || !strings.Contains(err.Error(), "got a negative number") {
		t.Fatalf("got %v", err)
	}
}

func TestHTTP(t *testing.T) {
	got, err := call(t, context.Background(), `{"version":"2.0","rawPath":"/pi","queryStringParameters":{"digits":"3"},"requestContext":{"http":{"method":"GET"}}}`)
	want := `{"statusCode":200,"headers":{"content-type":"application/json"},"body":"{\"digits\":3,\"pi\":\"314\"}"}`
	if err != nil || got != want {
		t.Fatalf("got %s, %v", got, err)
	}
	got, _ = call(t, context.Background(), `{"httpMethod":"PUT","path":"/pi","requestContext":{}}`)
	if !strings.HasPrefix(got, `{"statusCode":405,`) {
		t.Fatalf("got %s", got)
	}
}

func TestLimitAndDeadline(t *testing.T) {
	var tooLarge *ResponseTooLargeError
	if _, err := call(t, context.Background(), `{"digits": 6291531}`); !errors.As(err, &tooLarge) {
		t.Fatalf("6291531 digits: got %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	var timeout *TimeoutError
	if _, err := call(t, ctx, `{"digits": 6000000}`); !errors.As(err, &timeout) {
		t.Fatalf("got %v", err)
	}
}
