#!/usr/bin/env node
// Bundles the Lambda functions (lambda/app.js, lambda/stream.js) with esbuild,
// the way the README tells users to, against compute-pi-go as npm installs it:
//   bundle-lambda.js OUTDIR NODE_MODULES           one folder to zip: the
//       bundles, with the addon that NODE_MODULES holds copied beside them;
//   bundle-lambda.js --external OUTDIR NODE_MODULES   the bundles without
//       compute-pi-go, for a function that takes it from a layer.
// NODE_MODULES is a node_modules folder holding compute-pi-go and one
// platform package (scripts/package-lambda.sh unpacks them from dist/npm).
'use strict';
const path = require('node:path');
const esbuild = require('esbuild');

const args = process.argv.slice(2);
const external = args[0] === '--external';
const [outdir, nodeModules] = external ? args.slice(1) : args;
if (!outdir || !nodeModules) {
  console.error('usage: bundle-lambda.js [--external] OUTDIR NODE_MODULES');
  process.exit(2);
}
const lambda = path.join(__dirname, '..', 'lambda');

esbuild.build({
  entryPoints: [path.join(lambda, 'app.js'), path.join(lambda, 'stream.js')],
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  // This checkout is itself named compute-pi-go: point the name at the
  // installed package, not at the checkout's own js/.
  alias: external ? {} : { 'compute-pi-go': path.resolve(nodeModules, 'compute-pi-go') },
  external: external ? ['compute-pi-go'] : [],
  loader: { '.node': 'copy' },
  assetNames: '[name]',
  logLevel: 'warning',
}).catch(() => process.exit(1));
