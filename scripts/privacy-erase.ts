/**
 * `npm run privacy:erase -- <lineUserId>`: removes or anonymises a person everywhere (PDPA right to
 * erasure): cases keep their statistics under a pseudonym, not the person. Recorded as a done
 * erasure request, so the record shows it was carried out and when.
 */
import { withDatabase } from './lib/with-database.ts';
import { loadConfig } from '../infra/config/load-config.ts';
import { completePrivacyRequest, recordPrivacyRequest } from '../domain/privacy/privacy-requests.ts';

async function main(): Promise<number> {
  const lineUserId = process.argv[2];
  if (!lineUserId || !/^U[0-9a-f]{32}$/.test(lineUserId)) {
    process.stderr.write('usage: npm run privacy:erase -- <lineUserId U…32 hex>\n');
    return 2;
  }
  const config = loadConfig();
  const secret = config.privacy.pseudonymSecret ?? config.lineCredentials?.channelSecret;
  if (!secret) process.stderr.write('warning: neither PSEUDONYM_SECRET nor LINE_CHANNEL_SECRET is set; pseudonyms use a local-mode key\n');
  const result = await withDatabase(async () => {
    const now = new Date();
    const request = await recordPrivacyRequest({ lineUserId, kind: 'erasure', requestKey: `script:${lineUserId}:${now.getTime()}`, now });
    await completePrivacyRequest(String(request._id), { staffLineUserId: 'script', now, pseudonymSecret: secret ?? 'local-mode' });
    return request.number;
  });
  process.stdout.write(`erased ${lineUserId} (request ${result})\n`);
  return 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
