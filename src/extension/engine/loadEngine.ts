import type * as EngineModule from './engineModule';

export type Engine = typeof EngineModule;

let loaded: Engine | undefined;

/**
 * The analysis engine, loaded on first use. The extension's own bundle leaves './engineModule'
 * out (esbuild.js), so the require finds dist/engineModule.js beside it; compiled by tsc or
 * bundled whole (tests, the bench), it is the module itself.
 */
export function engine(): Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('./engineModule') as Engine;
  return loaded;
}
