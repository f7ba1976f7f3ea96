package main

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"strconv"
)

// The same rules, codes and messages as lambda/request.js: the parity test
// (lambda/test/parity.test.js) holds the two to byte-identical responses.

// requestError is a request that breaks a rule; status is the HTTP status.
// Its Go type name is the errorType Lambda reports for a direct invoke, as
// the Node function's error name is.
type InvalidEventError struct {
	status      int
	code, field string
	message     string
}

func (e *InvalidEventError) Error() string { return e.message }

func invalid(status int, code, field, message string) error {
	return &InvalidEventError{status: status, code: code, field: field, message: message}
}

func kindOf(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	}
	return "a number"
}

// checkDigits returns "" if v is a whole number from 0 to max, or what is
// wrong. Numbers are float64s, as in JavaScript.
func checkDigits(v any, max int) string {
	rule := fmt.Sprintf(`The "digits" field must be an integer from 0 to %d`, max)
	num, ok := v.(json.Number)
	if !ok {
		return rule + "; got " + kindOf(v)
	}
	f, _ := strconv.ParseFloat(string(num), 64) // ±Inf when out of range, as in JS
	switch {
	case math.IsInf(f, 0) || f != math.Trunc(f):
		return rule + "; got a number with a fraction"
	case f < 0:
		return rule + "; got a negative number"
	case f > float64(max):
		return rule + "; got a larger number"
	}
	return ""
}

var decimalDigits = regexp.MustCompile(`^[0-9]{1,10}$`)

func direct(event any, max int) (int, error) {
	obj, ok := event.(map[string]any)
	if !ok {
		return 0, invalid(400, "INVALID_EVENT", "event", `The event must be a JSON object such as {"digits": 100}; got `+kindOf(event))
	}
	v, ok := obj["digits"]
	if !ok {
		return 0, invalid(400, "MISSING_DIGITS", "digits", `The event has no "digits" field: send {"digits": N}`)
	}
	if problem := checkDigits(v, max); problem != "" {
		return 0, invalid(400, "INVALID_DIGITS", "digits", problem)
	}
	f, _ := strconv.ParseFloat(string(v.(json.Number)), 64)
	return int(f), nil
}

// httpRequest is the HTTP request in an event (payload v2 or v1).
type httpRequest struct {
	method, path, body string
	query              map[string]any
	base64             bool
}

func (r *httpRequest) digits(max int) (int, error) {
	if r.path != "/" && r.path != "/pi" {
		return 0, invalid(404, "NOT_FOUND", "path", `No such route: use GET /pi?digits=N or POST /pi with {"digits": N}`)
	}
	if r.method != "GET" && r.method != "POST" {
		return 0, invalid(405, "METHOD_NOT_ALLOWED", "method", "Only GET and POST are allowed")
	}
	if r.method == "GET" {
		v, ok := r.query["digits"]
		if !ok {
			return 0, invalid(400, "MISSING_DIGITS", "digits", `The "digits" query parameter is missing: use ?digits=N`)
		}
		text, _ := v.(string)
		if !decimalDigits.MatchString(text) {
			return 0, invalid(400, "INVALID_DIGITS", "digits", fmt.Sprintf(`The "digits" query parameter must be an integer from 0 to %d, written in decimal digits`, max))
		}
		if problem := checkDigits(json.Number(text), max); problem != "" {
			return 0, invalid(400, "INVALID_DIGITS", "digits", problem)
		}
		n, _ := strconv.Atoi(text)
		return n, nil
	}
	body, ok := []byte(r.body), true
	if r.base64 {
		body, ok = fromBase64(r.body)
	}
	parsed, err := decode(body)
	if !ok || err != nil {
		return 0, invalid(400, "INVALID_BODY", "body", `The body must be JSON such as {"digits": 100}`)
	}
	return direct(parsed, max)
}

// fromBase64 decodes canonical base64 only (padded, no other characters),
// as lambda/request.js does.
func fromBase64(text string) ([]byte, bool) {
	body, err := base64.StdEncoding.DecodeString(text)
	return body, err == nil && base64.StdEncoding.EncodeToString(body) == text
}

// decode parses JSON keeping numbers as written.
func decode(data []byte) (any, error) {
	var v any
	if err := unmarshal(data, &v); err != nil {
		return nil, err
	}
	return v, nil
}

// readHTTP returns the HTTP request in an event, or nil for a direct invoke.
func readHTTP(event any) *httpRequest {
	obj, _ := event.(map[string]any)
	str := func(m map[string]any, k string) string { s, _ := m[k].(string); return s }
	ctx, _ := obj["requestContext"].(map[string]any)
	query, _ := obj["queryStringParameters"].(map[string]any)
	b64, _ := obj["isBase64Encoded"].(bool)
	if h, ok := ctx["http"].(map[string]any); ok && obj["version"] == "2.0" {
		return &httpRequest{method: str(h, "method"), path: str(obj, "rawPath"), body: str(obj, "body"), query: query, base64: b64}
	}
	if method, ok := obj["httpMethod"].(string); ok && ctx != nil {
		return &httpRequest{method: method, path: str(obj, "path"), body: str(obj, "body"), query: query, base64: b64}
	}
	return nil
}

// readDigits is the digit count event asks for, at most max: req is the
// HTTP request in it, or nil for a direct invoke.
func readDigits(event any, req *httpRequest, max int) (int, error) {
	if req != nil {
		return req.digits(max)
	}
	return direct(event, max)
}
