'use strict';
// Finds and loads the native addon (compute_pi.node) for this platform, in
// this order:
//   1. the file named by COMPUTE_PI_GO_BINARY, when it is set (then only it);
//   2. a local source build, native/build/Release/compute_pi.node (a clone,
//      or `npm explore compute-pi-go -- npm run build`);
//   3. this platform's prebuilt package, @compute-pi-go/<platform>, an
//      optionalDependency pinned to this package's version.
// Failing all of them, it throws one error that says what it found, what it
// tried, why each failed and what fixes it.
//
// Every require() of an addon is a literal inside its own try, so that a
// bundler can follow the ones that exist and copy their .node file (esbuild:
// `--loader:.node=copy`), and leave the others alone.
const fs = require('node:fs');
const path = require('node:path');
const { version } = require('../package.json');

const ENV = 'COMPUTE_PI_GO_BINARY';
const SCOPE = '@compute-pi-go';
const SUPPORTED = ['linux-x64-gnu', 'linux-arm64-gnu'];

// Whether this process runs on musl (Alpine) rather than glibc: its dynamic
// loader is mapped into the process. Read only on Linux, and cheap.
function isMusl() {
  try {
    return /\/ld-musl-|\/libc\.musl-/.test(fs.readFileSync('/proc/self/maps', 'utf8'));
  } catch {
    return false;
  }
}

const libc = process.platform !== 'linux' ? '' : isMusl() ? 'musl' : 'gnu';
const target = [process.platform, process.arch, libc].filter(Boolean).join('-');

function glibcVersion() {
  const header = process.report?.getReport?.().header;
  return header?.glibcVersionRuntime ? `glibc ${header.glibcVersionRuntime}` : `no glibc${libc === 'musl' ? ' (musl)' : ''}`;
}

const tried = [];

function reason(error) {
  if (error.code === 'MODULE_NOT_FOUND') return 'not installed';
  return error.message.split('\n')[0];
}

// Throws unless the platform package is the version this package was
// published with.
function checkVersion(manifest) {
  if (manifest.version !== version) {
    throw new Error(`${manifest.name}@${manifest.version} is installed, but compute-pi-go is ${version}: they must be the same version`);
  }
}

function fromEnv() {
  const file = path.resolve(process.env[ENV]);
  try {
    return require(file);
  } catch (error) {
    tried.push(`${ENV}=${file}: ${error.code === 'MODULE_NOT_FOUND' ? 'no such file' : reason(error)}`);
    return null;
  }
}

function fromSource() {
  try {
    return require('../native/build/Release/compute_pi.node');
  } catch (error) {
    tried.push(`source build native/build/Release/compute_pi.node: ${error.code === 'MODULE_NOT_FOUND' ? 'not built' : reason(error)}`);
    return null;
  }
}

function fromPackage() {
  switch (target) {
    case 'linux-x64-gnu':
      try {
        checkVersion(require('@compute-pi-go/linux-x64-gnu/package.json'));
        return require('@compute-pi-go/linux-x64-gnu');
      } catch (error) {
        tried.push(`${SCOPE}/linux-x64-gnu: ${reason(error)}`);
        return null;
      }
    case 'linux-arm64-gnu':
      try {
        checkVersion(require('@compute-pi-go/linux-arm64-gnu/package.json'));
        return require('@compute-pi-go/linux-arm64-gnu');
      } catch (error) {
        tried.push(`${SCOPE}/linux-arm64-gnu: ${reason(error)}`);
        return null;
      }
    default:
      tried.push(`${SCOPE}/${target}: no such package; compute-pi-go ships binaries for ${SUPPORTED.join(' and ')}`);
      return null;
  }
}

// The platform packages that are installed here although this is not their
// platform: a node_modules copied from another machine, or a cross-install.
function otherPlatforms() {
  const found = [];
  try {
    require.resolve('@compute-pi-go/linux-x64-gnu/package.json');
    found.push('linux-x64-gnu');
  } catch { /* not installed */ }
  try {
    require.resolve('@compute-pi-go/linux-arm64-gnu/package.json');
    found.push('linux-arm64-gnu');
  } catch { /* not installed */ }
  return found.filter((t) => t !== target);
}

function fixes() {
  const lines = [];
  if (libc === 'musl') {
    lines.push('musl (Alpine) is not supported: a Go c-archive cannot be loaded by musl\'s dynamic loader ' +
      '(Go uses initial-exec TLS, golang/go#54805 and #13492). Use a glibc-based image ' +
      '(Debian, Ubuntu, Amazon Linux; Lambda\'s nodejs22.x and nodejs24.x runtimes).');
  } else if (!SUPPORTED.includes(target)) {
    lines.push(`There is no prebuilt binary for ${target}. To build a Lambda function here, install the one Lambda needs:`,
      '  npm install --os=linux --cpu=x64 --libc=glibc compute-pi-go     (x86_64 Lambda)',
      '  npm install --os=linux --cpu=arm64 --libc=glibc compute-pi-go   (arm64 Lambda)',
      'and bundle it as the README says; the addon then loads on Lambda, not on this machine.');
  } else {
    lines.push(`Install this platform's package, ${SCOPE}/${target}, at version ${version}:`,
      '  - optional dependencies were left out (--omit=optional, or npm_config_omit): reinstall with `npm install --include=optional`;',
      '  - the lockfile was made on another platform and lists no binary for this one (npm/cli#4828): ' +
        'remove package-lock.json and node_modules, then run `npm install` again;',
      `  - to install another platform's binary (for a Lambda of the other architecture): npm install --os=linux --cpu=${process.arch === 'x64' ? 'arm64' : 'x64'} --libc=glibc compute-pi-go;`,
      '  - or build from source (needs Go >= 1.26, gcc, g++, python3 and make): npm explore compute-pi-go -- npm run build');
  }
  const others = otherPlatforms();
  if (others.length > 0) {
    lines.push(`Installed instead: ${others.map((t) => `${SCOPE}/${t}`).join(', ')}, which cannot load on ${target}. ` +
      'Was node_modules copied from another machine, or installed with --cpu/--os for a Lambda? ' +
      'That is right for a bundle you deploy there; to run here, install on this machine.');
  }
  lines.push(`Or set ${ENV} to the path of a compute_pi.node built for ${target}.`);
  return lines;
}

function load() {
  let addon = null;
  if (process.env[ENV]) addon = fromEnv();
  else if (libc === 'musl') tried.push('nothing: no build of compute-pi-go can load on musl (see below)');
  else addon = fromSource() ?? fromPackage();
  if (addon) return addon;
  const error = new Error(
    `compute-pi-go ${version}: no native addon loads on ${target} (${process.platform}, ${process.arch}, ` +
    `${process.platform === 'linux' ? glibcVersion() : 'not Linux'}, Node.js ${process.version}).\n` +
    `Tried:\n${tried.map((t) => `  - ${t}`).join('\n')}\n${fixes().join('\n')}`);
  error.code = 'ERR_COMPUTE_PI_LOAD';
  throw error;
}

module.exports = load();
