#!/usr/bin/env node
// Bundles the Lambda functions (lambda/app.js, lambda/stream.js) with
// esbuild for one architecture: bundle-lambda.js OUTDIR ADDON
// ADDON is the compute_pi.node built for that architecture. The package's
// literal require('../build/Release/compute_pi.node') is pointed at it, and
// esbuild's copy loader copies it beside the bundles and rewrites the path.
'use strict';
const path = require('node:path');
const esbuild = require('esbuild');

const [outdir, addon] = process.argv.slice(2);
if (!outdir || !addon) {
  console.error('usage: bundle-lambda.js OUTDIR ADDON');
  process.exit(2);
}
const root = path.join(__dirname, '..');

const addonForArch = {
  name: 'addon-for-arch',
  setup(build) {
    build.onResolve({ filter: /compute_pi\.node$/ }, () => ({ path: path.resolve(addon) }));
  },
};

esbuild.build({
  entryPoints: [path.join(root, 'lambda', 'app.js'), path.join(root, 'lambda', 'stream.js')],
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  alias: { 'compute-pi-go': path.join(root, 'js', 'index.js') },
  loader: { '.node': 'copy' },
  assetNames: '[name]',
  plugins: [addonForArch],
  logLevel: 'warning',
}).catch(() => process.exit(1));
