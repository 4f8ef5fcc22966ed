// electron-builder beforePack hook (electron-builder.yml): refuses to package Axis without the Electron build
// of better-sqlite3 made for exactly the Electron version, OS and architecture being packaged. Without it
// the app would install fine and then fail to open any journal, so the mistake is caught here instead.
// scripts/electron-native.mjs stages that build in .electron-native/package/<platform>-<arch>/ with a
// built-for.json note; extraResources copies it to resources/native/ (electron/main/nativeBinding.ts loads it there).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/** builder-util's Arch enum, by value. */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** null when packaging may go ahead; otherwise what is wrong, in words. */
function nativeProblem({ projectDir, platform, hostPlatform, arch, electron }) {
  const target = platform === 'mas' ? 'darwin' : platform;
  if (target !== hostPlatform) {
    return `Axis's database engine is a native module: package the ${target} app on ${target} (this is ${hostPlatform}).`;
  }
  if (arch === 'universal')
    return 'A universal macOS build would need both native builds merged: package x64 and arm64 separately.';
  const nodeArch = arch === 'armv7l' ? 'arm' : arch;
  const dir = path.join(projectDir, '.electron-native', 'package', `${hostPlatform}-${arch}`);
  const remedy = `Run "node scripts/electron-native.mjs --arch ${nodeArch}" (once, with internet access), then package again.`;
  let builtFor;
  try {
    builtFor = JSON.parse(fs.readFileSync(path.join(dir, 'built-for.json'), 'utf8'));
  } catch {
    return `No Electron build of better-sqlite3 is staged in ${dir}. ${remedy}`;
  }
  if (!fs.existsSync(path.join(dir, 'better_sqlite3.node'))) return `${dir} has no better_sqlite3.node. ${remedy}`;
  if (builtFor.electron !== electron)
    return `The staged better-sqlite3 was built for Electron ${builtFor.electron}, but Electron ${electron} is being packaged. ${remedy}`;
  if (builtFor.arch !== nodeArch || builtFor.platform !== hostPlatform)
    return `The staged better-sqlite3 is for ${builtFor.platform}-${builtFor.arch}, not ${hostPlatform}-${nodeArch}. ${remedy}`;
  return null;
}

async function verifyNative(context) {
  const problem = nativeProblem({
    projectDir: context.packager.info.projectDir,
    platform: context.electronPlatformName,
    hostPlatform: process.platform,
    arch: ARCH_NAMES[context.arch] ?? String(context.arch),
    electron: context.packager.info.framework.version,
  });
  if (problem) throw new Error(problem);
}

module.exports = verifyNative;
module.exports.default = verifyNative;
module.exports.nativeProblem = nativeProblem;
