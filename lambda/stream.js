'use strict';
// The response-streaming function (awslambda.streamifyResponse): the same
// requests as app.js, but the digits are streamed, so a response may reach
// Lambda's 200 MB streaming limit instead of the 6 MB one; every n up to
// MAX_DIGITS (10^8 digits, about 100 MB) fits. Use it with a function URL in
// RESPONSE_STREAM mode or InvokeWithResponseStream.
/* global awslambda */
const { MAX_DIGITS } = require('compute-pi-go');
const { isHttp, readDigits, errorBody } = require('./request.js');
const { compute, httpFailure } = require('./compute.js');

const CHUNK = 1 << 20;
const JSON_HEADERS = { 'content-type': 'application/json' };

// Why writing stopped: the stream's own error, or that it closed without one.
const closedError = (stream) => stream.errored ?? new Error('the response stream closed before the digits were all written');

// Resolves once stream drains; rejects if it errs or closes first (the
// client went away), so that the function ends instead of waiting for a
// 'drain' that will never come.
function drained(stream) {
  return new Promise((resolve, reject) => {
    const settle = (error) => {
      stream.off('drain', settle).off('error', settle).off('close', closed);
      if (error) reject(error);
      else resolve();
    };
    const closed = () => settle(closedError(stream));
    stream.on('drain', settle).on('error', settle).on('close', closed);
  });
}

// Writes text in chunks, waiting whenever the stream asks to.
async function writeAll(stream, text) {
  for (let i = 0; i < text.length; i += CHUNK) {
    if (stream.destroyed) throw closedError(stream);
    if (!stream.write(text.slice(i, i + CHUNK))) await drained(stream);
  }
}

async function respond(event, stream, context) {
  const http = isHttp(event);
  let digits, pi;
  try {
    digits = readDigits(event, MAX_DIGITS);
    pi = await compute(digits, context);
  } catch (error) {
    if (!http) throw error;
    const answer = httpFailure(error);
    const out = awslambda.HttpResponseStream.from(stream, { statusCode: answer.status, headers: JSON_HEADERS });
    out.end(JSON.stringify(errorBody(answer)));
    return;
  }
  const out = http ? awslambda.HttpResponseStream.from(stream, { statusCode: 200, headers: JSON_HEADERS }) : stream;
  out.write(`{"digits":${digits},"pi":"`);
  await writeAll(out, pi);
  out.end('"}');
}

exports.handler = awslambda.streamifyResponse(respond);
