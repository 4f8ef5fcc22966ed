// The house's import rules (docs/architecture.md), checked by dependency-cruiser on every `npm run lint`.
// Type-only imports count (tsPreCompilationDeps): a type in the wrong place is a thing in the wrong place.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle: two modules that need each other belong together, or one needs a lower layer.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment: 'shared/ runs everywhere: no Node, no Electron, no DOM code, nothing from the other folders.',
      from: { path: '^shared/' },
      to: {
        pathNot: '^(shared/|node_modules/zod/)',
      },
    },
    {
      name: 'contract-is-the-top-of-shared',
      severity: 'error',
      comment: 'The contract is built from the domain, trials, trends, export and report models, never the reverse.',
      from: { path: '^shared/(?!contract/)' },
      to: { path: '^shared/contract/(?!result\\.ts$|bridge\\.ts$)' },
    },
    {
      name: 'trials-protocol-below-analysis',
      severity: 'error',
      comment: 'The analysis reads the protocol (phases, minimums); the protocol never reads the analysis.',
      from: { path: '^shared/trials/protocol/' },
      to: { path: '^shared/trials/analysis/' },
    },
    {
      name: 'core-is-electron-free',
      severity: 'error',
      comment: 'electron/core runs under plain Node (the command line, the tests): no Electron, no shell, no CLI.',
      from: { path: '^electron/core/' },
      to: { path: '(^|/)node_modules/electron/|^(electron/(main|preload|cli)/|renderer/|scripts/|tests/)' },
    },
    {
      name: 'database-below-operations',
      severity: 'error',
      comment:
        'The database layer (open, migrations, statements) and the context know nothing of the operations above.',
      from: { path: '^electron/core/(db/|context\\.ts|ports\\.ts|files\\.ts)' },
      to: {
        path: '^electron/core/(journal|trials|trends|data|report)/|^electron/core/(operations|router|journalApp|journalSession)\\.ts',
      },
    },
    {
      name: 'shell-uses-core-not-cli',
      severity: 'error',
      comment: 'The Electron shell hosts the core; it never reaches into the command line or the renderer.',
      from: { path: '^electron/main/' },
      to: { path: '^(electron/(cli|preload)/|renderer/|scripts/|tests/)' },
    },
    {
      name: 'preload-is-tiny',
      severity: 'error',
      comment: 'The sandboxed preload may use only the bridge vocabulary and the operation names (it bundles no zod).',
      from: { path: '^electron/preload/' },
      to: { pathNot: '^shared/contract/(bridge|names|result)\\.ts$|(^|/)node_modules/electron/' },
    },
    {
      name: 'cli-through-core',
      severity: 'error',
      comment: 'The command line is another host of the core: no Electron, no shell, no renderer.',
      from: { path: '^electron/cli/' },
      to: { path: '(^|/)node_modules/electron/|^(electron/(main|preload)/|renderer/|scripts/|tests/)' },
    },
    {
      name: 'renderer-talks-to-the-contract-only',
      severity: 'error',
      comment: 'The page reaches the journal only through window.axis: no Electron, no core, no Node.',
      from: { path: '^renderer/' },
      to: { path: '^(electron/|scripts/|tests/)' },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      from: { path: '^(renderer|shared)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'scripts-do-not-import-tests',
      severity: 'error',
      comment: 'Tests may use the tooling in scripts/; the tooling never depends on a test.',
      from: { path: '^scripts/' },
      to: { path: '^tests/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|node_modules|tests/\\.artifacts|\\.electron-native)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.svelte', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
