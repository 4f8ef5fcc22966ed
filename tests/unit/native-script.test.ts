// scripts/electron-native.mjs run for real: it agrees with electron/main/nativeBinding.ts on where the build goes, it
// recognises a Node-ABI binary for what it is (README, "Native module"), it exits 0 when the build is already there, and
// offline it fails in words without touching node_modules/better-sqlite3.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronBindingPath } from '../../electron/main/nativeBinding';

const ROOT = path.resolve(__dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts', 'electron-native.mjs');
const ELECTRON = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
).version;
const NODE_BUILD = path.join(ROOT, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const PACKAGE = path.join(ROOT, 'node_modules/better-sqlite3');

const temps: string[] = [];
const temp = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `axis-${name}-`));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function script(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 240_000,
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/** Every file of the installed package with its size, time and (for binaries) content hash. */
function snapshot(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).sort().map((rel) => {
    const stat = fs.statSync(path.join(dir, rel));
    const hash = rel.endsWith('.node')
      ? createHash('sha256')
          .update(fs.readFileSync(path.join(dir, rel)))
          .digest('hex')
      : '';
    return `${rel} ${stat.isDirectory() ? 'dir' : stat.size} ${stat.mtimeMs} ${hash}`;
  });
}

describe('electron-native.mjs', () => {
  it('puts the build exactly where electron/main/nativeBinding.ts loads it from', () => {
    const { code, out } = script(['--print-path']);
    expect(code).toBe(0);
    expect(out.trim()).toBe(
      electronBindingPath({
        isPackaged: false,
        resourcesPath: '',
        appPath: ROOT,
        versions: { electron: ELECTRON },
        platform: process.platform,
        arch: process.arch,
      }),
    );
  });

  it('recognises the Node build as the wrong ABI for Electron', () => {
    const { code, out } = script(['--inspect', NODE_BUILD]);
    expect(code).toBe(1);
    expect(out).toContain(`ABI ${process.versions.modules}`);
    expect(out).toMatch(/a Node build labelled as Electron's\); Electron 45\.5\.0 needs ABI 150/);
  });

  it('exits 0 when the Electron build is already there, and stages it for packaging', () => {
    const dir = temp('native-present');
    const build = path.join(dir, `${ELECTRON}-${process.platform}-${process.arch}`);
    fs.mkdirSync(build);
    fs.writeFileSync(path.join(build, 'better_sqlite3.node'), 'fake binary … node_register_module_v150 …');
    const { code, out } = script([], { AXIS_ELECTRON_NATIVE_DIR: dir });
    expect(code, out).toBe(0);
    expect(out).toMatch(/already present/);
    const stage = path.join(dir, 'package', `${process.platform}-${process.arch === 'arm' ? 'armv7l' : process.arch}`);
    expect(fs.readFileSync(path.join(stage, 'better_sqlite3.node'), 'utf8')).toContain('node_register_module_v150');
    expect(JSON.parse(fs.readFileSync(path.join(stage, 'built-for.json'), 'utf8'))).toEqual({
      electron: ELECTRON,
      platform: process.platform,
      arch: process.arch,
      abi: [150],
    });
  });

  it('refuses a Node-ABI file sitting where the Electron build should be', () => {
    const dir = temp('native-wrong');
    const build = path.join(dir, `${ELECTRON}-${process.platform}-${process.arch}`);
    fs.mkdirSync(build);
    fs.copyFileSync(NODE_BUILD, path.join(build, 'better_sqlite3.node'));
    const { code, out } = script([], { AXIS_ELECTRON_NATIVE_DIR: dir });
    expect(code).toBe(1);
    expect(out).toMatch(/needs ABI 150/);
    expect(out).toMatch(/Delete .* and run this script again/);
  });

  it(
    'offline: explains in words, exits non-zero, leaves node_modules and no scratch files behind',
    { timeout: 240_000 },
    () => {
      const dir = temp('native-offline');
      const scratch = temp('native-tmp');
      const before = snapshot(PACKAGE);
      // Offline on any machine: every download goes through a proxy that refuses connections, with an empty
      // prebuild cache, so a connected developer machine sees the same failure as this one.
      const dead = 'http://127.0.0.1:9';
      const { code, out } = script([], {
        AXIS_ELECTRON_NATIVE_DIR: dir,
        TMPDIR: scratch,
        TMP: scratch,
        TEMP: scratch,
        npm_config_cache: temp('native-cache'),
        https_proxy: dead,
        HTTPS_PROXY: dead,
        http_proxy: dead,
        HTTP_PROXY: dead,
        no_proxy: '',
        NO_PROXY: '',
        npm_config_nodedir: '/usr', // as this machine's npm sets it: must not leak into node-gyp
      });
      expect(code, out).toBe(1);
      expect(out).toMatch(/Could not prepare better-sqlite3 for Electron/);
      expect(out).toMatch(/Downloading a prebuilt binary from GitHub \(prebuild-install\) failed/);
      expect(out).toMatch(/Compiling with node-gyp .* failed/);
      expect(out).toMatch(/electronjs\.org\/headers\/v45\.5\.0/); // node-gyp asked for Electron's headers, not /usr's
      expect(out).toMatch(/offline|needs the internet once/);
      expect(out).toMatch(/Nothing in node_modules was changed/);
      expect(snapshot(PACKAGE)).toEqual(before);
      expect(
        fs.existsSync(path.join(dir, `${ELECTRON}-${process.platform}-${process.arch}`, 'better_sqlite3.node')),
      ).toBe(false);
      expect(fs.readdirSync(scratch)).toEqual([]);
    },
  );
});
