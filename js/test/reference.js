'use strict';
// The committed reference digits, made by a program that shares no code with
// ours (see the header of pkg/pi/testdata/pi-20000.txt).
const fs = require('node:fs');
const path = require('node:path');

const file = path.join(__dirname, '..', '..', 'pkg', 'pi', 'testdata', 'pi-20000.txt');
const DIGITS = fs.readFileSync(file, 'utf8').split('\n').find((line) => /^\d+$/.test(line));

module.exports = { DIGITS };
