// Environment variables through which the runners (runInServer.ts, runInElectron.ts) talk to
// the suite running inside VS Code's extension host.

/** Absolute path of the fixture workspace copy that VS Code opened. */
export const FIXTURE_ENV = 'CLAIM_ANNOTATOR_FIXTURE_DIR';
/** Port of the runner's loopback screenshot endpoint (server runner only). */
export const SCREENSHOT_PORT_ENV = 'CLAIM_ANNOTATOR_SCREENSHOT_PORT';
/**
 * Server runner only: a marker the suite puts before every console line of the extension host,
 * so the runner can tell them from the workbench's own log in the browser console.
 */
export const CONSOLE_MARKER_ENV = 'CLAIM_ANNOTATOR_CONSOLE_MARKER';
/** Optional mocha --grep pattern. */
export const GREP_ENV = 'CLAIM_ANNOTATOR_TEST_GREP';
