import type { webhook } from '@line/bot-sdk';
import { findShapeProblem } from './payload-shape.ts';
import { eventSchemaFor, webhookBodySchema } from './webhook-event-schema.ts';

/** Why one event was not stored: field paths and rule names only, never values (they may be personal). */
export type RefusedEvent = { index: number; type: string | undefined; problems: string[] };

export type CheckedBody =
  | { valid: false; problems: string[] }
  | { valid: true; events: webhook.Event[]; refused: RefusedEvent[] };

const MAX_LOGGED_PROBLEMS = 5;

/**
 * A body that is not `{ destination, events: [objects] }` is not a LINE webhook at all (400,
 * nothing stored: `events: [null]` included, since LINE never sends a non-object event). Within a
 * well-formed body each event stands alone: an invalid one is refused and the others go on.
 */
export function checkWebhookBody(body: unknown): CheckedBody {
  const parsedBody = webhookBodySchema.safeParse(body);
  if (!parsedBody.success) return { valid: false, problems: describeIssues(parsedBody.error.issues) };
  const events: webhook.Event[] = [];
  const refused: RefusedEvent[] = [];
  parsedBody.data.events.forEach((candidate, index) => {
    const problems = checkEvent(candidate);
    if (problems.length === 0) events.push(candidate as webhook.Event);
    else refused.push({ index, type: typeof candidate.type === 'string' ? candidate.type.slice(0, 50) : undefined, problems });
  });
  return { valid: true, events, refused };
}

function checkEvent(candidate: Record<string, unknown>): string[] {
  const shape = findShapeProblem(candidate);
  if (shape) return [`${shape.problem} at ${shape.path.slice(0, 200)}`];
  const parsed = eventSchemaFor(candidate.type).safeParse(candidate);
  return parsed.success ? [] : describeIssues(parsed.error.issues);
}

/** Custom issues (a message checked by its own type) carry the inner rule's code as their message. */
function describeIssues(issues: readonly { path: PropertyKey[]; code: string; message: string }[]): string[] {
  return issues.slice(0, MAX_LOGGED_PROBLEMS).map((issue) => {
    const rule = issue.code === 'custom' ? issue.message : issue.code;
    return `${issue.path.map(String).join('.') || '(body)'}: ${rule}`;
  });
}
