// Bundles the extension (vscode external) and the node CLI tools; type-checking and lint are separate steps.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  // yaml's environment-neutral ES module build (the same library and version): the engine uses it
  // in the web too, and unlike the CommonJS build for Node its unused parts are left out (17 KB).
  alias: { yaml: './node_modules/yaml/browser/index.js' },
};

const entries = [
  // The engine is left out, bundled apart below and loaded on the first analysis (src/extension/engine/loadEngine.ts).
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './engineModule'] },
  { entryPoints: ['src/extension/engine/engineModule.ts'], outfile: 'dist/engineModule.js' },
  // Loaded by src/extension/export/register.ts on the first export, never at activation.
  { entryPoints: ['src/extension/export/exportAnnotations.ts'], outfile: 'dist/exportAnnotations.js', external: ['vscode'] },
  // Loaded by the extension's index in worker threads, only when it starts indexing.
  { entryPoints: ['src/extension/index/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['scripts/eval.ts'], outfile: 'dist/eval.js' },
];

async function main() {
  const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
