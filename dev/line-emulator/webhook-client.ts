import { signWebhookBody } from './sign-webhook-body.ts';

export interface WebhookTarget {
  url: string;
  channelSecret: string;
  timeoutMs: number;
}

export interface WebhookResponse {
  status: number | null;
  ok: boolean;
  error?: string;
  durationMs: number;
}

/** Serialises once, signs those exact bytes and POSTs them the way LINE's webhook sender does. */
export async function postSignedWebhook(target: WebhookTarget, body: object): Promise<WebhookResponse> {
  const rawBody = Buffer.from(JSON.stringify(body), 'utf8');
  const startedAt = performance.now();
  const elapsed = () => Math.round(performance.now() - startedAt);
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'LineBotWebhook/2.0',
        'x-line-signature': signWebhookBody(target.channelSecret, rawBody),
      },
      body: rawBody,
      signal: AbortSignal.timeout(target.timeoutMs),
    });
    await response.arrayBuffer();
    return { status: response.status, ok: response.ok, durationMs: elapsed() };
  } catch (error) {
    return { status: null, ok: false, error: describeFailure(error), durationMs: elapsed() };
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timeout';
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code ?? (error instanceof Error ? error.message : String(error));
}
