/** Entry point of the `claim-annotator` binary (bundled to dist/cli.js): wires runCli to the process. */
import { runCli } from './cli';
import { describeError } from './files';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutBytes: (bytes) => process.stdout.write(bytes),
}).then(
  (code) => {
    // exitCode rather than exit(): a large JSON on a pipe must be flushed before the process ends.
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`claim-annotator: internal error: ${describeError(e)}\n`);
    process.exitCode = 70;
  },
);
