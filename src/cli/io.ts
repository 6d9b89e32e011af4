/** Where the CLI writes. Injected so tests can run commands in-process and read what they printed. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Process exit codes: 1 when some input could not be read, 2 when the command line itself is wrong. */
export const EXIT_OK = 0;
export const EXIT_INPUT_ERROR = 1;
export const EXIT_USAGE = 2;

export const PROGRAM = 'claim-annotator';
