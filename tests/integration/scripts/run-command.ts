import { spawn } from 'node:child_process';

export type CommandResult = { code: number | null; stdout: string; stderr: string };

/**
 * Runs `npm run -s <script> -- <args>` as an administrator would, in a child process with its own
 * environment (a test points MONGODB_URI or EMBEDDED_DB_PATH at its database), and collects the output.
 */
export function runNpmScript(script: string, args: string[], env: Record<string, string>): Promise<CommandResult> {
  const child = spawn('npm', ['run', '-s', script, '--', ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The one JSON line a command printed, parsed; fails loudly when there is more or less. */
export function jsonLine(result: CommandResult): Record<string, unknown> {
  const lines = result.stdout.split('\n').filter((line) => line.length > 0);
  if (result.code !== 0 || lines.length !== 1) throw new Error(`expected one JSON line, got exit ${result.code}:\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(lines[0]!) as Record<string, unknown>;
}
