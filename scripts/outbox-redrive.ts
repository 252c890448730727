import { withDatabase } from './lib/with-database.ts';
import { loadConfig } from '../infra/config/load-config.ts';
import { defaultDeliveryTiming } from '../infra/outbox/delivery-timing.ts';
import { redriveDeadEntries, type RedriveReport } from '../infra/outbox/redrive.ts';

const USAGE = `usage: npm run outbox:redrive -- [--dry-run] [--include-uncertain]
  Puts dead-lettered outgoing messages back in the outbox; the running bot sends them.
  --dry-run            only say what would be re-sent
  --include-uncertain  also re-send messages LINE may already have delivered (an attempt got no
                       answer and the retry key has expired, or it was a reply): may deliver twice
`;

/** `npm run outbox:redrive`: re-sends dead letters with the same X-Line-Retry-Key while LINE still honours it. */
async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const known = new Set(['--dry-run', '--include-uncertain']);
  if ([...args].some((arg) => !known.has(arg))) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  const timing = defaultDeliveryTiming(loadConfig().outbox.retryHours);
  const report = await withDatabase(() =>
    redriveDeadEntries({ retryKeyUsableMs: timing.retryKeyUsableMs, dryRun: args.has('--dry-run'), includeUncertain: args.has('--include-uncertain') }),
  );
  process.stdout.write(formatReport(report, args.has('--dry-run')));
}

function formatReport(report: RedriveReport, dryRun: boolean): string {
  const verb = dryRun ? 'would re-send' : 're-queued';
  const lines = [
    `dead-lettered messages: ${report.dead}`,
    `${verb}: ${report.requeued} (new retry keys: ${report.newRetryKeys}, replies sent as push: ${report.repliesAsPush})`,
    `skipped, LINE refused them as invalid: ${report.skipped['refused-by-line'] ?? 0}`,
    `skipped, LINE may already have delivered them (see --include-uncertain): ${report.skipped['outcome-unknown'] ?? 0}`,
  ];
  return `${lines.join('\n')}\n`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
