import { readFileSync } from 'node:fs';
import { z } from 'zod';

const topicSchema = z.object({
  code: z.string().regex(/^[a-z][a-z-]{1,30}$/),
  /** Shown in chat and on the pages; LINE cuts quick-reply labels at 20 characters. */
  name: z.string().min(2).max(20),
});

export type ActivityTopic = z.infer<typeof topicSchema>;

const TOPICS_FILE = new URL('../../data/activities/topics.json', import.meta.url);

function readTopics(): ActivityTopic[] {
  const file = z.object({ topics: z.array(topicSchema).min(1) }).parse(JSON.parse(readFileSync(TOPICS_FILE, 'utf8')));
  if (new Set(file.topics.map((topic) => topic.code)).size !== file.topics.length) throw new Error('data/activities/topics.json repeats a topic code');
  return file.topics;
}

let topics: ActivityTopic[] | undefined;

/** Activity topics are data (data/activities/topics.json), read once. */
export function activityTopics(): ActivityTopic[] {
  topics ??= readTopics();
  return topics;
}

export function findTopic(codeOrName: string): ActivityTopic | undefined {
  const wanted = codeOrName.trim();
  return activityTopics().find((topic) => topic.code === wanted || topic.name === wanted);
}
