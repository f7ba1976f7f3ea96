'use strict';
// The README's examples, for the tests that run them: a code block preceded
// by `<!-- test: NAME -->`, and the block after it when that block is
// preceded by `<!-- output: NAME -->` (what running it prints).
const fs = require('node:fs');
const path = require('node:path');

const README = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

function blockAfter(marker) {
  const at = README.indexOf(marker);
  if (at < 0) return undefined;
  const match = /```[a-z]*\n([\s\S]*?)```/.exec(README.slice(at + marker.length));
  if (!match) throw new Error(`README.md: no code block after ${marker}`);
  return match[1];
}

/** The README's block NAME: { code, output } (output undefined when none is shown). */
function readmeBlock(name) {
  const code = blockAfter(`<!-- test: ${name} -->`);
  if (code === undefined) throw new Error(`README.md has no block marked <!-- test: ${name} -->`);
  return { code, output: blockAfter(`<!-- output: ${name} -->`) };
}

module.exports = { readmeBlock };
