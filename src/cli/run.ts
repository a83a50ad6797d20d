/**
 * Run a command-line entry point: the number `main` returns is the exit code; an error prints its
 * message (messages name the module and the remedy, so no stack) and exits 1.
 */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
