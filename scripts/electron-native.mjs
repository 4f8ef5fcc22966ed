#!/usr/bin/env node
// Makes the Electron build of better-sqlite3, once, beside (never inside) node_modules (toolchain trap 7).
//
// Node (tests, the command line) loads node_modules/better-sqlite3/build/Release, built for Node's ABI;
// Electron needs the same module built for its own ABI. This script keeps that second build at
//   .electron-native/<electron version>-<platform>-<arch>/better_sqlite3.node   (git-ignored)
// which electron/main/nativeBinding.ts loads while developing, and stages a copy at
//   .electron-native/package/<platform>-<arch>/   (+ built-for.json)
// for electron-builder.yml (extraResources → resources/native/). It works in a temporary copy of the
// package: first prebuild-install (download a prebuilt binary), then node-gyp against Electron's headers.
// Both need the internet once; offline it says so and exits 1. node_modules/better-sqlite3 is only read.
//
//   node scripts/electron-native.mjs                 build if missing, then stage
//   node scripts/electron-native.mjs --arch arm64    for another architecture
//   node scripts/electron-native.mjs --print-path    where the build goes (tests compare with native.ts)
//   node scripts/electron-native.mjs --inspect FILE  which ABI a .node file was built for
//   AXIS_ELECTRON_NATIVE_DIR=…                        use another folder than .electron-native (tests)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireHere = createRequire(path.join(ROOT, 'package.json'));
const BINDING = 'better_sqlite3.node';
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const verbose = args.includes('--verbose');

const say = (text) => console.log(`[electron-native] ${text}`);
const displayed = (p) => (path.relative(ROOT, p).startsWith('..') ? p : path.relative(ROOT, p));
function stop(lines) {
  console.error(['', 'Could not prepare better-sqlite3 for Electron.', ...lines, ''].join('\n'));
  process.exit(1);
}

/** ABIs a native module declares: Node looks up node_register_module_v<ABI> when it loads one. */
function abisOf(file) {
  const text = fs.readFileSync(file).toString('latin1');
  return [...new Set([...text.matchAll(/node_register_module_v(\d+)/g)].map((m) => Number(m[1])))];
}

function expectedAbi(version) {
  try {
    return Number(requireHere('node-abi').getAbi(version, 'electron'));
  } catch {
    return null; // node-abi missing or too old to know this Electron: judged by "not Node's ABI" alone
  }
}

/** null when `file` is an Electron build we can load; otherwise what is wrong with it. */
function abiProblem(file, electronVersion) {
  const found = abisOf(file);
  const wanted = expectedAbi(electronVersion);
  const nodeAbi = Number(process.versions.modules);
  if (found.length === 0) return `${file} declares no Node ABI: it is not a better-sqlite3 build.`;
  if (wanted !== null && !found.includes(wanted)) {
    const why = found.includes(nodeAbi)
      ? ` (ABI ${nodeAbi} is this Node ${process.versions.node}: a Node build labelled as Electron's)`
      : '';
    return `${file} is built for ABI ${found.join(', ')}${why}; Electron ${electronVersion} needs ABI ${wanted}.`;
  }
  if (wanted === null && found.includes(nodeAbi))
    return `${file} is built for this Node (ABI ${nodeAbi}), not for Electron.`;
  return null;
}

const electronVersion = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8'),
).version;
const platform = process.platform;
const arch = option('--arch') ?? process.arch;
const cacheRoot = process.env.AXIS_ELECTRON_NATIVE_DIR
  ? path.resolve(process.env.AXIS_ELECTRON_NATIVE_DIR)
  : path.join(ROOT, '.electron-native');
// Same naming as electronBindingPath() in electron/main/nativeBinding.ts.
const target = path.join(cacheRoot, `${electronVersion}-${platform}-${arch}`, BINDING);
// Named as electron-builder names architectures (its ${arch} macro says armv7l where Node says arm).
const stageDir = path.join(cacheRoot, 'package', `${platform}-${arch === 'arm' ? 'armv7l' : arch}`);

if (args.includes('--print-path')) {
  console.log(target);
  process.exit(0);
}
if (option('--inspect')) {
  const file = path.resolve(option('--inspect'));
  const problem = abiProblem(file, electronVersion);
  console.log(problem ?? `${file}: ABI ${abisOf(file).join(', ')}, loadable by Electron ${electronVersion}.`);
  process.exit(problem ? 1 : 0);
}

/** Copies the Electron build where electron-builder picks it up, with a note of what it was built for. */
function stage() {
  fs.mkdirSync(stageDir, { recursive: true });
  fs.copyFileSync(target, path.join(stageDir, BINDING));
  const builtFor = { electron: electronVersion, platform, arch, abi: abisOf(target) };
  fs.writeFileSync(path.join(stageDir, 'built-for.json'), `${JSON.stringify(builtFor, null, 2)}\n`);
  say(`staged for packaging in ${displayed(stageDir)}`);
}

if (fs.existsSync(target)) {
  const problem = abiProblem(target, electronVersion);
  if (problem) stop([problem, `Delete ${path.dirname(target)} and run this script again.`]);
  say(`Electron ${electronVersion} build already present: ${displayed(target)}`);
  stage();
  process.exit(0);
}

// Children must not inherit npm's idea of the target: this machine's npm exports nodedir=/usr, which makes
// node-gyp compile against Node's headers while believing it builds for Electron (README, "Native module").
const childEnv = { ...process.env };
for (const key of Object.keys(childEnv)) {
  if (/^npm_config_(nodedir|target|runtime|arch|platform|disturl|dist_url|devdir|build_from_source)$/i.test(key))
    delete childEnv[key];
}

function run(label, command, commandArgs, cwd, timeoutMs) {
  say(`${label}…`);
  const result = spawnSync(command, commandArgs, {
    cwd,
    env: childEnv,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    stdio: verbose ? 'inherit' : 'pipe',
  });
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`;
  return { ok: result.status === 0, output };
}

/** The few lines of a tool's output that say what went wrong (the URL tried, the error), else its last lines. */
function keyLines(output) {
  const lines = output
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const telling = lines.filter(
    (l) =>
      /https?:\/\/|ENOTFOUND|EAI_AGAIN|ECONN|ETIMEDOUT|ENETUNREACH|getaddrinfo|network connectivity|not found|error:/i.test(
        l,
      ) && !/\bat\s|ERR! (command|cwd)/.test(l),
  );
  return (telling.length > 0 ? telling.slice(0, 4) : lines.slice(-3)).map((l) => `     ${l.slice(0, 200)}`);
}

function nodeGypScript() {
  const candidates = [
    process.env.npm_config_node_gyp, // set by npm for scripts: its bundled node-gyp
    process.env.npm_execpath &&
      path.join(path.dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(
      path.dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
    path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(ROOT, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((c) => c && fs.existsSync(c)) ?? null;
}

const source = path.join(ROOT, 'node_modules', 'better-sqlite3');
if (!fs.existsSync(path.join(source, 'package.json')))
  stop(['node_modules/better-sqlite3 is missing: run "npm ci" first.']);
const version = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')).version;
say(
  `making better-sqlite3 ${version} for Electron ${electronVersion} (${platform}-${arch}, ABI ${expectedAbi(electronVersion) ?? 'unknown'})`,
);

/** Builds in a scratch copy of the package: `failures` is null on success, else what went wrong, in words. */
function build(copy) {
  const built = path.join(copy, 'build', 'Release', BINDING);
  const failures = [];
  const verdict = (result) =>
    !result.ok ? result.output : !fs.existsSync(built) ? 'no binary was produced' : abiProblem(built, electronVersion);

  const prebuild = run(
    'downloading a prebuilt binary (prebuild-install)',
    process.execPath,
    [
      requireHere.resolve('prebuild-install/bin.js'),
      '--runtime',
      'electron',
      '--target',
      electronVersion,
      '--arch',
      arch,
      '--platform',
      platform,
      '--verbose',
    ],
    copy,
    180_000,
  );
  const prebuildProblem = verdict(prebuild);
  if (prebuildProblem === null) {
    say('downloaded.');
    return { built, failures: null };
  }
  failures.push({ step: 'Downloading a prebuilt binary from GitHub (prebuild-install)', output: prebuildProblem });
  fs.rmSync(path.join(copy, 'build'), { recursive: true, force: true });

  const gyp = nodeGypScript();
  if (!gyp) {
    failures.push({
      step: 'Compiling with node-gyp',
      output: "node-gyp was not found (neither npm's bundled copy nor node_modules/node-gyp)",
    });
    return { built, failures };
  }
  const compile = run(
    `compiling against Electron ${electronVersion}'s headers with ${gyp} (about a minute)`,
    process.execPath,
    [
      gyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${arch}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
      `--devdir=${path.join(cacheRoot, '.headers')}`,
    ],
    copy,
    20 * 60_000,
  );
  const compileProblem = verdict(compile);
  if (compileProblem === null) {
    say('compiled.');
    return { built, failures: null };
  }
  failures.push({
    step: "Compiling with node-gyp (needs Electron's headers from https://electronjs.org/headers)",
    output: compileProblem,
  });
  return { built, failures };
}

// A scratch copy of the package without its build/ folder: the Node build in node_modules is never touched.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'axis-electron-native-'));
let failures;
try {
  const copy = path.join(work, 'better-sqlite3');
  fs.cpSync(source, copy, {
    recursive: true,
    filter: (src) => path.relative(source, src).split(path.sep)[0] !== 'build',
  });
  const result = build(copy);
  failures = result.failures;
  if (!failures) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(result.built, `${target}.partial`);
    fs.renameSync(`${target}.partial`, target); // never a half-written binary at the path Electron loads
    say(`ready: ${displayed(target)} (ABI ${abisOf(target).join(', ')})`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

if (failures) {
  const offline =
    /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|socket hang up|network connectivity/i.test(
      failures.map((f) => f.output).join('\n'),
    );
  stop([
    ...failures.flatMap((f, i) => [`  ${i + 1}. ${f.step} failed:`, ...keyLines(f.output)]),
    '',
    offline
      ? 'This computer appears to be offline. This step needs the internet once (github.com or electronjs.org).'
      : 'This step needs the internet once (github.com or electronjs.org), and a C++ toolchain for the compile route.',
    `Run "node scripts/electron-native.mjs" again on a connected computer, or build on one with the same OS and architecture and copy ${displayed(path.dirname(target))} here.`,
    'Nothing in node_modules was changed: the Node build used by the tests and the command line is intact.',
  ]);
}
stage();
