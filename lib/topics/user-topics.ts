// The reader's own topics: create, edit and delete, each validated with messages a settings screen can
// show as they are. Pure: every function takes the current list and returns the next one.
import { type UserTopic, UserTopicSchema } from '../settings';
import { builtinTopics } from './taxonomy';
import { termSource } from './terms';

export const MAX_KEYWORDS = 50;
export const MAX_USER_TOPICS = 100;

export interface UserTopicInput {
  name: string;
  /** A list, or one string of keywords separated by commas, semicolons or new lines. */
  keywords: readonly string[] | string;
}

export type TopicResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** "LLM, reasoning; RL" → ["LLM", "reasoning", "RL"]: trimmed, empty and repeated ones dropped. */
export function parseKeywords(keywords: readonly string[] | string): string[] {
  const list = typeof keywords === 'string' ? keywords.split(/[,;\n]/) : keywords;
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of list) {
    const keyword = raw.replace(/\s+/g, ' ').trim();
    if (keyword && !seen.has(keyword.toLowerCase())) {
      seen.add(keyword.toLowerCase());
      result.push(keyword);
    }
  }
  return result;
}

/** Checks a topic as typed; `others` are the existing topics (without the one being edited). */
export function validateUserTopic(input: UserTopicInput, others: readonly UserTopic[] = []): TopicResult<UserTopic> {
  const name = input.name.replace(/\s+/g, ' ').trim();
  const keywords = parseKeywords(input.keywords);
  const errors: string[] = [];
  if (!name) errors.push('Give the topic a name.');
  else if (name.length > 60) errors.push('A topic name can be at most 60 characters long.');
  else if (others.some((topic) => topic.name.trim().toLowerCase() === name.toLowerCase())) {
    errors.push(`You already have a topic named "${name}".`);
  }
  if (keywords.length === 0) errors.push('Add at least one keyword, for example "diffusion model".');
  if (keywords.length > MAX_KEYWORDS) errors.push(`A topic can have at most ${MAX_KEYWORDS} keywords.`);
  for (const keyword of keywords) {
    if (keyword.length > 100) errors.push(`"${keyword.slice(0, 30)}…" is too long: keywords can be 100 characters.`);
    else if (!termSource(keyword) || !/[\p{L}\p{N}]/u.test(keyword)) {
      errors.push(`"${keyword}" has no letters or digits to match.`);
    } else if (/^\*|\*./.test(keyword))
      errors.push(`"${keyword}": a * can only end a keyword (robot* matches robotics).`);
  }
  if (errors.length > 0) return { ok: false, errors };
  const parsed = UserTopicSchema.safeParse({ name, keywords });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => issue.message) };
  return { ok: true, value: parsed.data };
}

/** A note, not an error: the name hides a built-in topic of the same name (the reader's rules win). */
export function shadowsBuiltin(name: string): boolean {
  return builtinTopics().some((topic) => topic.name.toLowerCase() === name.trim().toLowerCase());
}

export function addUserTopic(topics: readonly UserTopic[], input: UserTopicInput): TopicResult<UserTopic[]> {
  if (topics.length >= MAX_USER_TOPICS)
    return { ok: false, errors: [`You can have at most ${MAX_USER_TOPICS} topics.`] };
  const checked = validateUserTopic(input, topics);
  return checked.ok ? { ok: true, value: [...topics, checked.value] } : checked;
}

/** Replaces the topic named `name` (matched without regard to case), keeping its place in the list. */
export function updateUserTopic(
  topics: readonly UserTopic[],
  name: string,
  input: UserTopicInput,
): TopicResult<UserTopic[]> {
  const key = name.trim().toLowerCase();
  const at = topics.findIndex((topic) => topic.name.trim().toLowerCase() === key);
  if (at < 0) return { ok: false, errors: [`There is no topic named "${name}".`] };
  const checked = validateUserTopic(
    input,
    topics.filter((_, i) => i !== at),
  );
  if (!checked.ok) return checked;
  return { ok: true, value: topics.map((topic, i) => (i === at ? checked.value : topic)) };
}

export function removeUserTopic(topics: readonly UserTopic[], name: string): UserTopic[] {
  const key = name.trim().toLowerCase();
  return topics.filter((topic) => topic.name.trim().toLowerCase() !== key);
}
