'use strict';
// A throwaway npm registry for the package tests: verdaccio (a devDependency,
// pinned) on 127.0.0.1, storage in a temporary folder, every other package
// proxied from the registry npm is configured with. compute-pi-go and
// @compute-pi-go/* are never proxied: only what `make packages` built is
// there. Consumers are fresh folders, each with its own npm cache and
// userconfig, and an environment cleared of the npm_* variables of the
// `npm run` that started the tests.
const { execFileSync, spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { once } = require('node:events');
const { freePort } = require('../../lambda/test/deploy/emulator.js');

const root = path.join(__dirname, '..', '..');
const { version } = require(path.join(root, 'package.json'));

// The environment of a consumer: the machine's, without npm's variables.
function cleanEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
}

// A folder on PATH holding only node and npm (and npx): no go, cc, gcc, g++,
// python3 or make, as on a user's machine or in a CI image without them.
function bareBin(dir, node, npmCli) {
  fs.mkdirSync(dir, { recursive: true });
  fs.symlinkSync(node, path.join(dir, 'node'));
  fs.symlinkSync(npmCli, path.join(dir, 'npm'));
  fs.symlinkSync(path.join(path.dirname(npmCli), 'npx-cli.js'), path.join(dir, 'npx'));
  return dir;
}

class Registry {
  static async start() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compute-pi-go-registry-'));
    const registry = new Registry();
    registry.dir = dir;
    try {
      await registry.#start();
    } catch (error) {
      await registry.stop();
      throw error;
    }
    return registry;
  }

  async #start() {
    const upstream = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8', env: cleanEnv() }).trim();
    const config = path.join(this.dir, 'config.yaml');
    fs.writeFileSync(config, [
      `storage: ${path.join(this.dir, 'storage')}`,
      'auth:',
      '  htpasswd:',
      `    file: ${path.join(this.dir, 'htpasswd')}`,
      'uplinks:',
      '  upstream:',
      `    url: ${upstream}`,
      '    timeout: 120s',
      'packages:',
      "  'compute-pi-go':",
      '    access: $all',
      '    publish: $authenticated',
      "  '@compute-pi-go/*':",
      '    access: $all',
      '    publish: $authenticated',
      "  '**':",
      '    access: $all',
      '    proxy: upstream',
      'web:',
      '  enable: false',
      'log: { type: stdout, format: json, level: warn }',
      '',
    ].join('\n'));
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}/`;
    this.child = spawn(process.execPath, [path.join(root, 'node_modules', 'verdaccio', 'bin', 'verdaccio'),
      '--config', config, '--listen', `127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'pipe'], env: cleanEnv() });
    this.log = '';
    this.child.stdout.on('data', (d) => { this.log += d; });
    this.child.stderr.on('data', (d) => { this.log += d; });
    for (let i = 0; ; i++) {
      if (this.child.exitCode !== null) throw new Error(`verdaccio exited: ${this.log}`);
      try {
        if ((await fetch(`${this.url}-/ping`)).ok) break;
      } catch { /* not listening yet */ }
      if (i > 300) throw new Error(`verdaccio did not answer on ${this.url}: ${this.log}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // A user to publish as: verdaccio's htpasswd plugin signs one up.
    const response = await fetch(`${this.url}-/user/org.couchdb.user:ci`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'ci', password: 'throwaway-password' }),
    });
    if (!response.ok) throw new Error(`adding a user: ${response.status} ${await response.text()}`);
    this.token = (await response.json()).token;
  }

  /** The userconfig a client of this registry uses: the registry and a token. */
  userconfig(file) {
    const host = this.url.replace(/^http:/, '');
    fs.writeFileSync(file, `registry=${this.url}\n${host}:_authToken=${this.token}\n`);
    return file;
  }

  /** Publishes a tarball, as a maintainer would. */
  publish(tarball) {
    const userconfig = this.userconfig(path.join(this.dir, 'publisher.npmrc'));
    execFileSync('npm', ['publish', tarball, '--access', 'public', '--userconfig', userconfig,
      '--cache', path.join(this.dir, 'publisher-cache')], { env: cleanEnv(), stdio: 'pipe' });
  }

  /**
   * A fresh consumer project: an empty package.json, its own npm cache and
   * userconfig (outside the folder, so that the folder holds only what the
   * user's would). node and npm default to this process's; bare keeps only
   * them on PATH.
   */
  consumer(name, { node = process.execPath, npmCli = npmCliPath(), bare = true } = {}) {
    const base = fs.mkdtempSync(path.join(this.dir, `${name}-`));
    const dir = path.join(base, 'app');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2)}\n`);
    const bin = bareBin(path.join(base, 'bin'), node, npmCli);
    const home = path.join(base, 'home');
    fs.mkdirSync(home);
    const env = {
      ...cleanEnv(),
      // A home of its own: no package manager's global cache or metadata
      // (Yarn's, pnpm's) is shared with the machine or another consumer. Go
      // keeps the machine's caches, for the source build.
      HOME: home,
      XDG_CACHE_HOME: path.join(home, '.cache'),
      XDG_DATA_HOME: path.join(home, '.local', 'share'),
      XDG_CONFIG_HOME: path.join(home, '.config'),
      ...goCaches(),
      // npm's CLI turns on Node's compile cache, which would land in the
      // system's temp folder.
      NODE_COMPILE_CACHE: path.join(base, 'compile-cache'),
      npm_config_userconfig: this.userconfig(path.join(base, 'npmrc')),
      npm_config_registry: this.url,
      npm_config_cache: path.join(base, 'cache'),
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
      PATH: bare ? bin : `${bin}${path.delimiter}${process.env.PATH}`,
    };
    const checked = (file, args) => {
      const out = spawnText(file, args, { cwd: dir, env });
      if (out.status !== 0) throw new Error(`${path.basename(file)} ${args.join(' ')} exited ${out.status}:\n${out.text}`);
      return out.text;
    };
    const run = (file, args, options = {}) => execFileSync(file, args, {
      cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26, ...options,
    });
    return {
      dir,
      base,
      env,
      /** npm with args, in the folder; returns stdout and stderr together. */
      npm: (...args) => checked(path.join(bin, 'npm'), args),
      /** A package manager's CLI script (pnpm, Yarn) run by this node, likewise. */
      cli: (script, ...args) => checked(path.join(bin, 'node'), [script, ...args]),
      /** An executable, likewise. */
      exec: (file, ...args) => checked(file, args),
      node: (...args) => run(path.join(bin, 'node'), args),
      sh: (script) => run('/bin/sh', ['-ec', script]),
      installed: (pkg) => fs.existsSync(path.join(dir, 'node_modules', ...pkg.split('/'), 'package.json')),
    };
  }

  /**
   * Installs a tool from the registry (a package manager: spec such as
   * pnpm@12.23.0) into a folder of its own; returns the path of its script
   * `bin` (relative to the package).
   */
  tool(spec, bin) {
    const folder = this.consumer(`tool-${spec.replace(/[^a-z0-9.]+/gi, '-')}`, { bare: false });
    folder.npm('install', '--no-save', spec);
    return path.join(folder.dir, 'node_modules', spec.slice(0, spec.lastIndexOf('@')), bin);
  }

  async stop() {
    if (this.child && this.child.exitCode === null) {
      const exited = once(this.child, 'exit');
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

function spawnText(file, args, options) {
  const result = spawnSync(file, args, { ...options, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.error) throw result.error;
  return { status: result.status, text: `${result.stdout}${result.stderr}` };
}

// Go's caches as the machine has them, when Go is there.
let caches;
function goCaches() {
  if (caches === undefined) {
    try {
      caches = JSON.parse(execFileSync('go', ['env', '-json', 'GOCACHE', 'GOMODCACHE', 'GOPATH'], { encoding: 'utf8' }));
    } catch {
      caches = {};
    }
  }
  return caches;
}

// The npm CLI that runs this test (the machine's npm).
function npmCliPath() {
  return fs.realpathSync(execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim());
}

/** The tarballs of `make packages`: the main package first. */
function tarballs() {
  const dir = path.join(root, 'dist', 'npm');
  const main = path.join(dir, `compute-pi-go-${version}.tgz`);
  const platforms = ['linux-x64-gnu', 'linux-arm64-gnu'].map((t) => path.join(dir, `compute-pi-go-${t}-${version}.tgz`));
  for (const file of [main, ...platforms]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run make packages`);
  }
  return { main, platforms };
}

module.exports = { Registry, tarballs, version, root };
