import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { typedKey } from './typed-key.ts';

export type SmallTalkKind = 'greeting' | 'thanks' | 'okay' | 'laugh' | 'bye' | 'joke';
export type OutOfScopeTopic = 'weather' | 'lottery' | 'prices' | 'fortune' | 'sports';

const SMALL_TALK: SmallTalkKind[] = ['greeting', 'thanks', 'okay', 'laugh', 'bye', 'joke'];
const OUT_OF_SCOPE: OutOfScopeTopic[] = ['weather', 'lottery', 'prices', 'fortune', 'sports'];
const patterns = z.array(z.string().min(1)).min(1);
/** `agency`: the id in data/faq/agencies.th.json the topic always belongs to, where one does. */
const topicSchema = z.object({ patterns, agency: z.string().min(1).optional() }).strict();
const fileSchema = z.object({
  smallTalk: z.object(Object.fromEntries(SMALL_TALK.map((kind) => [kind, patterns])) as Record<SmallTalkKind, typeof patterns>),
  outOfScope: z.object(Object.fromEntries(OUT_OF_SCOPE.map((topic) => [topic, topicSchema])) as Record<OutOfScopeTopic, typeof topicSchema>),
});

type Lists = { smallTalk: [SmallTalkKind, RegExp[]][]; outOfScope: [OutOfScopeTopic, RegExp[]][]; agencies: Partial<Record<OutOfScopeTopic, string>> };
let lists: Lists | undefined;

/** The lists are data (data/chat/small-talk.json), read and checked once. */
function load(): Lists {
  const file = fileSchema.parse(JSON.parse(readFileSync(new URL('../../data/chat/small-talk.json', import.meta.url), 'utf8')));
  const compile = (list: string[]) => list.map((pattern) => new RegExp(pattern, 'iu'));
  return {
    smallTalk: SMALL_TALK.map((kind) => [kind, compile(file.smallTalk[kind])]),
    outOfScope: OUT_OF_SCOPE.map((topic) => [topic, compile(file.outOfScope[topic].patterns)]),
    agencies: Object.fromEntries(OUT_OF_SCOPE.map((topic) => [topic, file.outOfScope[topic].agency])),
  };
}

/** Reduces «สวัสดีครับบบ!!» to «สวัสดี» (a drawn-out letter counts once); keeps «ค่ะ» alone (a reply, not a greeting). */
export function smallTalkKey(text: string): string {
  return typedKey(text.replace(/(\p{L})\1{2,}/gu, '$1'));
}

/** Only emoji and symbols (🙏, 👍, ❤️): a reaction, not a question. */
export function isOnlyEmoji(text: string): boolean {
  const stripped = text.replace(/[\s\p{P}]/gu, '');
  // Not Emoji_Component: it includes the digits, and 555 is laughter, not a reaction.
  return stripped.length > 0 && /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f]+$/u.test(stripped);
}

export function smallTalkKind(text: string): SmallTalkKind | 'reaction' | undefined {
  if (isOnlyEmoji(text)) return 'reaction';
  const key = smallTalkKey(text);
  lists ??= load();
  return lists.smallTalk.find(([, regexes]) => regexes.some((regex) => regex.test(key)))?.[0];
}

/** A topic the Clinic Center does not handle, asked in a short message (a long one may still be ours). */
export function outOfScopeTopic(text: string): OutOfScopeTopic | undefined {
  if (text.length > 80) return undefined;
  const key = smallTalkKey(text);
  lists ??= load();
  return lists.outOfScope.find(([, regexes]) => regexes.some((regex) => regex.test(key)))?.[0];
}

/**
 * The agency (an id of data/faq/agencies.th.json) a topic always belongs to, from the data file: named with
 * its hotline even when the FAQ matcher does not see it in the message («ร้อนไหมวันนี้»).
 */
export function outOfScopeAgencyId(topic: OutOfScopeTopic): string | undefined {
  lists ??= load();
  return lists.agencies[topic];
}
