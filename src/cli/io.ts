/** Where the CLI writes. Injected so tests can run commands in-process and read what they printed. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Bytes already encoded as UTF-8 (a large export), written as they are; without it they go to `stdout` as text. */
  stdoutBytes?(bytes: Uint8Array): void;
}

/** Process exit codes: 1 when some input could not be read, 2 when the command line itself is wrong. */
export const EXIT_OK = 0;
export const EXIT_INPUT_ERROR = 1;
export const EXIT_USAGE = 2;

export const PROGRAM = 'claim-annotator';
