/** A refusal the administrator can fix (wrong argument, unknown code): its message is all they need. */
export class CliError extends Error {
  override name = 'CliError';
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** Runs a command's main: stdout carries only its output; any failure is its message on stderr and a non-zero exit. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof CliError ? error.exitCode : 1);
  });
}

/** The command's arguments without the `--` npm passes through. */
export function commandArgs(): string[] {
  return process.argv.slice(2).filter((arg) => arg !== '--');
}
