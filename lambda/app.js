'use strict';
// The Lambda function. A direct invoke {"digits": N} returns
// {"digits": N, "pi": "314..."}; an HTTP request through a function URL or
// API Gateway gets the same JSON as its body, or a JSON error with a 4xx/5xx
// status. See lambda/request.js for the rules, lambda/compute.js for what is
// refused before computing.
const { MAX_DIGITS } = require('compute-pi-go');
const { isHttp, readDigits, errorBody } = require('./request.js');
const { failure, compute, httpFailure } = require('./compute.js');

// Lambda refuses a synchronous response larger than this many bytes.
const RESPONSE_LIMIT = 6291556;

function httpResponse(status, payload) {
  return { statusCode: status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) };
}

// The exact size of the response for digits, known before computing them:
// the digits are plain ASCII that JSON never escapes.
function responseSize(isHttp, digits) {
  const empty = { digits, pi: '' };
  return JSON.stringify(isHttp ? httpResponse(200, empty) : empty).length + digits;
}

exports.handler = async (event, context) => {
  const http = isHttp(event);
  try {
    const digits = readDigits(event, MAX_DIGITS);
    if (responseSize(http, digits) > RESPONSE_LIMIT) {
      throw failure('ResponseTooLargeError', 413, 'RESPONSE_TOO_LARGE', `The response for ${digits} digits would exceed the ${RESPONSE_LIMIT}-byte limit of a Lambda response: ask for fewer digits or use the streaming function`);
    }
    const payload = { digits, pi: await compute(digits, context) };
    return http ? httpResponse(200, payload) : payload;
  } catch (error) {
    if (!http) throw error;
    const answer = httpFailure(error);
    return httpResponse(answer.status, errorBody(answer));
  }
};

exports.RESPONSE_LIMIT = RESPONSE_LIMIT;
