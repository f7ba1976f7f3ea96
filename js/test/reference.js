'use strict';
// The committed reference digits, made by a program that shares no code with
// ours (see the header of pkg/pi/testdata/pi-20000.txt).
const fs = require('node:fs');
const path = require('node:path');

const testdata = path.join(__dirname, '..', '..', 'pkg', 'pi', 'testdata');
const DIGITS = fs.readFileSync(path.join(testdata, 'pi-20000.txt'), 'utf8').split('\n').find((line) => /^\d+$/.test(line));

/** The SHA-256 (hex) of the first n digits as ASCII, from sha256.txt (CLN's). */
function referenceHash(n) {
  return fs.readFileSync(path.join(testdata, 'sha256.txt'), 'utf8')
    .split('\n').find((line) => line.startsWith(`${n} `)).split(' ')[1];
}

module.exports = { DIGITS, referenceHash };
