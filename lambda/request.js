'use strict';
// Reads what an invocation asks for: a direct invoke {"digits": N}, or an
// HTTP request from a function URL / API Gateway (payload v2 and v1):
// GET /pi?digits=N or POST /pi with {"digits": N}. The Go twin
// (lambda/go/request.go) follows the same rules with the same messages.

const ROUTES = ['/', '/pi'];
const METHODS = ['GET', 'POST'];

/** A request that breaks a rule: status is the HTTP status to answer. */
class RequestError extends Error {
  constructor(status, code, field, message) {
    super(message);
    this.name = 'InvalidEventError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

/** The JSON body of an HTTP error answer, for any error with status, code and field. */
function errorBody(error) {
  return { error: { code: error.code, field: error.field, message: error.message } };
}

function kindOf(value) {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

// The rule for a digits number, the same for every kind of request.
function checkDigits(value, max) {
  const rule = `The "digits" field must be an integer from 0 to ${max}`;
  if (typeof value !== 'number') return `${rule}; got ${kindOf(value)}`;
  if (!Number.isInteger(value)) return `${rule}; got a number with a fraction`;
  if (value < 0) return `${rule}; got a negative number`;
  if (value > max) return `${rule}; got a larger number`;
  return null;
}

// The digits of a query string: decimal digits only, no sign or exponent.
function queryDigits(text, max) {
  if (typeof text !== 'string' || !/^[0-9]{1,10}$/.test(text)) {
    return `The "digits" query parameter must be an integer from 0 to ${max}, written in decimal digits`;
  }
  return checkDigits(Number(text), max);
}

function direct(event, max) {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) {
    throw new RequestError(400, 'INVALID_EVENT', 'event', `The event must be a JSON object such as {"digits": 100}; got ${kindOf(event)}`);
  }
  if (!('digits' in event)) {
    throw new RequestError(400, 'MISSING_DIGITS', 'digits', 'The event has no "digits" field: send {"digits": N}');
  }
  const problem = checkDigits(event.digits, max);
  if (problem) throw new RequestError(400, 'INVALID_DIGITS', 'digits', problem);
  return event.digits + 0; // -0 reads as 0
}

function http(method, path, query, body, base64, max) {
  if (!ROUTES.includes(path)) {
    throw new RequestError(404, 'NOT_FOUND', 'path', 'No such route: use GET /pi?digits=N or POST /pi with {"digits": N}');
  }
  if (!METHODS.includes(method)) {
    throw new RequestError(405, 'METHOD_NOT_ALLOWED', 'method', 'Only GET and POST are allowed');
  }
  if (method === 'GET') {
    const text = query?.digits;
    if (text === undefined) {
      throw new RequestError(400, 'MISSING_DIGITS', 'digits', 'The "digits" query parameter is missing: use ?digits=N');
    }
    const problem = queryDigits(text, max);
    if (problem) throw new RequestError(400, 'INVALID_DIGITS', 'digits', problem);
    return Number(text);
  }
  let parsed;
  try {
    parsed = JSON.parse(base64 ? fromBase64(body) : body);
  } catch {
    throw new RequestError(400, 'INVALID_BODY', 'body', 'The body must be JSON such as {"digits": 100}');
  }
  return direct(parsed, max);
}

// The text of canonical base64 (padded, no other characters), or a
// SyntaxError: Buffer.from alone would skip what is not base64.
function fromBase64(text) {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) throw new SyntaxError('not canonical base64');
  return bytes.toString('utf8');
}

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const textOf = (value) => (typeof value === 'string' ? value : '');

// The HTTP request in an event, or null for a direct invoke: API Gateway
// HTTP APIs and function URLs send payload v2, REST APIs payload v1. A field
// of the wrong type reads as absent (a body or path as empty, a query as
// none), as in the Go twin, whose JSON types are strict.
function httpRequest(event) {
  if (!isObject(event) || !isObject(event.requestContext)) return null;
  const common = { query: isObject(event.queryStringParameters) ? event.queryStringParameters : undefined, body: textOf(event.body), base64: event.isBase64Encoded === true };
  if (event.version === '2.0' && isObject(event.requestContext.http)) {
    return { method: textOf(event.requestContext.http.method), path: textOf(event.rawPath), ...common };
  }
  if (typeof event.httpMethod === 'string') return { method: event.httpMethod, path: textOf(event.path), ...common };
  return null;
}

/** Whether the event is an HTTP request (to be answered with statusCode). */
const isHttp = (event) => httpRequest(event) !== null;

/** The digit count the event asks for, at most max; or throws RequestError. */
function readDigits(event, max) {
  const req = httpRequest(event);
  return req ? http(req.method, req.path, req.query, req.body, req.base64, max) : direct(event, max);
}

module.exports = { isHttp, readDigits, RequestError, errorBody };
