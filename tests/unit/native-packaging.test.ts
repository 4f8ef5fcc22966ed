// electron-builder.yml, read and validated by electron-builder's own code: fuses, no native rebuild, the
// Electron build of better-sqlite3 shipped where electron/main/nativeBinding.ts looks, and the beforePack hook that
// refuses to package the wrong build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID } from '../../electron/main/paths';
import { electronBindingPath } from '../../electron/main/nativeBinding';

const ROOT = path.resolve(__dirname, '../..');
const requireHere = createRequire(path.join(ROOT, 'package.json'));

type Config = Record<string, unknown> & {
  appId: string;
  productName: string;
  files: unknown[];
  extraResources: { from: string; to: string; filter: string[] }[];
  electronFuses: Record<string, boolean>;
  beforePack: string;
  linux: { target: unknown[]; category: string };
  mac: { target: unknown; hardenedRuntime: boolean; entitlements: string };
  win: { target: unknown };
};

let config: Config;
beforeAll(async () => {
  const loader = requireHere('app-builder-lib/out/util/config/config') as {
    getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<Config>;
    validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
  };
  config = await loader.getConfig(ROOT, null, null);
  await loader.validateConfiguration(config, { isEnabled: false, add: () => undefined });
});

describe('electron-builder.yml', () => {
  it('is valid for electron-builder and names the app', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe('Axis');
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('never rebuilds native modules and leaves the Node-ABI build out of the package', () => {
    expect(config.npmRebuild).toBe(false);
    // electron-builder normalises `files` into file sets: gather their patterns.
    const patterns = config.files.flatMap((f) =>
      typeof f === 'string' ? [f] : ((f as { filter?: string[] }).filter ?? []),
    );
    expect(patterns).toEqual(
      expect.arrayContaining(['out/**', 'package.json', '!node_modules/better-sqlite3/build/**']),
    );
  });

  it('ships the staged Electron build as resources/native/better_sqlite3.node, where the app loads it', () => {
    expect(config.extraResources).toEqual([
      { from: '.electron-native/package/${platform}-${arch}', to: 'native', filter: ['better_sqlite3.node'] },
    ]);
    const loaded = electronBindingPath({
      isPackaged: true,
      resourcesPath: '/R',
      appPath: '',
      versions: {},
      platform: 'linux',
      arch: 'x64',
    });
    expect(path.relative('/R', loaded).split(path.sep)).toEqual(['native', 'better_sqlite3.node']);
  });

  it('builds AppImage and deb, a hardened-runtime dmg and an NSIS installer', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Utility');
    expect(config.mac).toMatchObject({ target: 'dmg', hardenedRuntime: true });
    expect(fs.readFileSync(path.join(ROOT, config.mac.entitlements), 'utf8')).toContain(
      'com.apple.security.cs.allow-jit',
    );
    expect(config.win.target).toBe('nsis');
  });
});

describe('the beforePack hook', () => {
  type Problem = (o: {
    projectDir: string;
    platform: string;
    hostPlatform: string;
    arch: string;
    electron: string;
  }) => string | null;
  let hook: ((context: unknown) => Promise<void>) & { nativeProblem: Problem };
  let project: string;
  const stage = (arch: string, builtFor: object | null, binary = true) => {
    const dir = path.join(project, '.electron-native', 'package', `linux-${arch}`);
    fs.mkdirSync(dir, { recursive: true });
    if (builtFor) fs.writeFileSync(path.join(dir, 'built-for.json'), JSON.stringify(builtFor));
    if (binary) fs.writeFileSync(path.join(dir, 'better_sqlite3.node'), 'x');
  };

  beforeAll(() => {
    hook = requireHere(path.join(ROOT, config.beforePack));
    project = fs.mkdtempSync(path.join(os.tmpdir(), 'axis-pack-'));
    stage('x64', { electron: '45.5.0', platform: 'linux', arch: 'x64', abi: [150] });
    stage('arm64', { electron: '44.0.0', platform: 'linux', arch: 'arm64', abi: [149] });
    stage('armv7l', null);
  });
  afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

  const check = (over: Partial<Parameters<Problem>[0]>) =>
    hook.nativeProblem({
      projectDir: project,
      platform: 'linux',
      hostPlatform: 'linux',
      arch: 'x64',
      electron: '45.5.0',
      ...over,
    });

  it('lets the matching build through', () => {
    expect(check({})).toBeNull();
  });

  it('refuses a build for another Electron, a missing build, and cross-OS or universal packaging', () => {
    expect(check({ arch: 'arm64' })).toMatch(/built for Electron 44\.0\.0, but Electron 45\.5\.0/);
    expect(check({ arch: 'armv7l' })).toMatch(/No Electron build .*--arch arm\b/);
    expect(check({ arch: 'ia32' })).toMatch(/No Electron build/);
    expect(check({ platform: 'win32' })).toMatch(/package the win32 app on win32/);
    expect(check({ platform: 'mas', hostPlatform: 'darwin', arch: 'universal' })).toMatch(/universal/);
  });

  it("throws from the hook itself with electron-builder's context", async () => {
    const context = (arch: number) => ({
      electronPlatformName: process.platform,
      arch,
      packager: { info: { projectDir: project, framework: { version: '45.5.0' } } },
    });
    if (process.platform === 'linux') await expect(hook(context(1))).resolves.toBeUndefined();
    await expect(hook(context(3))).rejects.toThrow(/Electron 44\.0\.0|No Electron build/);
  });
});
