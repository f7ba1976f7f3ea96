'use strict';
// stream.js writes the digits as the response stream can take them, and
// ends, rather than hangs, when the stream fails or closes part way.
const test = require('node:test');
const assert = require('node:assert/strict');
const { Writable } = require('node:stream');
const { createHash } = require('node:crypto');
const { referenceHash } = require('../../js/test/reference.js');

// What the Node.js Lambda runtime provides stream.js.
globalThis.awslambda = {
  streamifyResponse: (respond) => respond,
  HttpResponseStream: { from: (stream, prelude) => Object.assign(stream, { prelude }) },
};
const { handler } = require('../stream.js');

// No deadline: these tests are about the stream, and a 60 s one failed 10^7
// digits under the sanitizers' build, which is slower than that.
const context = {};

// A stream that takes each chunk on a later turn of the event loop, with a
// small buffer, so that the handler must wait for 'drain' again and again;
// fail(count) says what to do with the count-th chunk.
function slowStream(fail = () => null) {
  const chunks = [];
  let count = 0;
  const stream = new Writable({
    highWaterMark: 1024,
    write(chunk, _, done) {
      count += 1;
      chunks.push(chunk);
      const failure = fail(count, stream);
      if (failure === 'error') done(new Error('client gone'));
      else if (failure !== 'destroy') setImmediate(done);
    },
  });
  stream.text = () => Buffer.concat(chunks).toString();
  stream.on('error', () => {}); // the handler reports it
  return stream;
}

test('a slow stream gets every digit of 10^7, in 1 MiB chunks, checked against the reference hash', async () => {
  const n = 10_000_000;
  const want = referenceHash(n);
  const stream = slowStream();
  await handler({ digits: n }, stream, context);
  const text = stream.text();
  const head = `{"digits":${n},"pi":"`;
  assert.ok(text.startsWith(head) && text.endsWith('"}'), text.slice(0, 40));
  assert.equal(text.length, head.length + n + 2);
  assert.equal(createHash('sha256').update(text.slice(head.length, -2)).digest('hex'), want);
});

test('a stream that errs part way rejects the handler with its error', async () => {
  const stream = slowStream((count) => (count === 2 ? 'error' : null));
  await assert.rejects(handler({ digits: 3_000_000 }, stream, context), /client gone/);
});

test('a stream destroyed part way, with no error, rejects the handler', async () => {
  const stream = slowStream((count, s) => (count === 2 ? (s.destroy(), 'destroy') : null));
  await assert.rejects(handler({ digits: 3_000_000 }, stream, context), /response stream closed before the digits were all written/);
});
