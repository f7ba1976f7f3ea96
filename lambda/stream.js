'use strict';
// The response-streaming function (awslambda.streamifyResponse): the same
// requests as app.js, but the digits are streamed, so a response may reach
// Lambda's 200 MB streaming limit instead of the 6 MB one; every n up to
// MAX_DIGITS (10^8 digits, about 100 MB) fits. Use it with a function URL in
// RESPONSE_STREAM mode or InvokeWithResponseStream.
/* global awslambda */
const { generate, MAX_DIGITS } = require('compute-pi-go');
const { isHttp, readDigits, errorBody } = require('./request.js');
const { deadlineSignal } = require('./deadline.js');

const CHUNK = 1 << 20;

// Writes text in chunks, waiting whenever the stream asks to.
async function writeAll(stream, text) {
  for (let i = 0; i < text.length; i += CHUNK) {
    if (!stream.write(text.slice(i, i + CHUNK))) {
      await new Promise((resolve) => stream.once('drain', resolve));
    }
  }
}

async function respond(event, stream, context) {
  const http = isHttp(event);
  let digits;
  try {
    digits = readDigits(event, MAX_DIGITS);
  } catch (error) {
    if (!http) throw error;
    const out = awslambda.HttpResponseStream.from(stream, { statusCode: error.status, headers: { 'content-type': 'application/json' } });
    out.end(JSON.stringify(errorBody(error)));
    return;
  }
  const pi = await generate(digits, { format: 'string', signal: deadlineSignal(context) });
  const out = http
    ? awslambda.HttpResponseStream.from(stream, { statusCode: 200, headers: { 'content-type': 'application/json' } })
    : stream;
  out.write(`{"digits":${digits},"pi":"`);
  await writeAll(out, pi);
  out.end('"}');
}

exports.handler = awslambda.streamifyResponse(respond);
