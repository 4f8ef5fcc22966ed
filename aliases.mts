// The import aliases, named once for every tool that resolves imports: tsconfig.json repeats them as
// "paths" for the type checker, tsx and dependency-cruiser; electron.vite.config.mts and vitest.config.mts
// read them from here. Within one area imports stay relative; across areas they use an alias.
import { resolve } from 'node:path';

const root: string = import.meta.dirname;

export const aliases: Record<string, string> = {
  $shared: resolve(root, 'shared'),
  $lib: resolve(root, 'renderer/src/lib'),
  $components: resolve(root, 'renderer/src/components'),
};
