#!/usr/bin/env node
// Invokes the Lambda handler (lambda/app.js) in this process with the event
// given as JSON, and prints its response as Lambda would return it.
//   node scripts/invoke-local.js '{"digits": 50}'
'use strict';
const { handler } = require('../lambda/app.js');

const json = process.argv[2] ?? '{"digits": 100}';
let event;
try {
  event = JSON.parse(json);
} catch (error) {
  console.error(`invoke-local: the event is not JSON: ${error.message}`);
  process.exit(2);
}
handler(event).then(
  (response) => console.log(JSON.stringify(response)),
  (error) => {
    console.log(JSON.stringify({ errorType: error.name, errorMessage: error.message }));
    process.exitCode = 1;
  },
);
