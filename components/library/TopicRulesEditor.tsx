import { useState } from 'preact/hooks';
import { type UserTopic, UserTopicSchema } from '@/lib/settings';
import { describeIssue } from '@/lib/zod-issues';

interface Props {
  topics: UserTopic[];
  onSave: (topics: UserTopic[]) => Promise<void>;
}

const keywordsOf = (text: string) =>
  text
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);

/** The reader's own topics: a name and keywords, matched on word boundaries in titles and abstracts. */
export function TopicRulesEditor({ topics, onSave }: Props) {
  const [name, setName] = useState('');
  const [keywords, setKeywords] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState('');

  const submit = (event: Event) => {
    event.preventDefault();
    const parsed = UserTopicSchema.safeParse({ name, keywords: keywordsOf(keywords) });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      // zod/mini has no messages of its own ("Invalid input"): say what the limit is.
      setProblem(`${issue?.path[0] === 'keywords' ? 'Keywords' : 'Name'}: ${issue ? describeIssue(issue) : 'invalid'}`);
      return;
    }
    const clash = topics.some((t) => t.name.toLowerCase() === parsed.data.name.toLowerCase() && t.name !== editing);
    if (clash) {
      setProblem(`A topic named "${parsed.data.name}" already exists.`);
      return;
    }
    const others = topics.filter((t) => t.name !== editing);
    setProblem('');
    setName('');
    setKeywords('');
    setEditing(null);
    void onSave([...others, parsed.data]);
  };

  return (
    <div class="topic-rules">
      <h2>Your topics</h2>
      <ul>
        {topics.map((topic) => (
          <li key={topic.name} data-margin-user-topic={topic.name}>
            <strong>{topic.name}</strong>: {topic.keywords.join(', ')}{' '}
            <button
              type="button"
              onClick={() => {
                setEditing(topic.name);
                setName(topic.name);
                setKeywords(topic.keywords.join(', '));
              }}
            >
              Edit
            </button>
            <button type="button" onClick={() => void onSave(topics.filter((t) => t.name !== topic.name))}>
              Delete
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} aria-label={editing ? `Edit topic ${editing}` : 'New topic'}>
        <input
          aria-label="Topic name"
          placeholder="Topic name"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <input
          aria-label="Keywords, separated by commas"
          placeholder="keywords, separated by commas"
          value={keywords}
          onInput={(e) => setKeywords(e.currentTarget.value)}
        />
        <button type="submit">{editing ? 'Save topic' : 'Add topic'}</button>
        {editing && (
          <button
            type="button"
            onClick={() => {
              setEditing(null);
              setName('');
              setKeywords('');
              setProblem('');
            }}
          >
            Cancel
          </button>
        )}
      </form>
      {problem && (
        <p class="warning" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
