import { useScreenMessages } from '../../hooks/use-screen-messages';
import { useQuery, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { SETTING_KEYS } from '../../../core/setting-keys';
import { saveSetting, settingQuery } from '../../../data/settings';
import { requestNotificationPermission } from '../../../pwa/notifications';

const MAX_TOPIC_LENGTH = 60;

/** «Мої теми»: words that mark matching news and notify even when the rest is muted. */
export function TopicSettings() {
  const s = useScreenMessages();
  const queryClient = useQueryClient();
  const stored = useQuery(settingQuery(SETTING_KEYS.topics)).data;
  const topics = Array.isArray(stored) ? stored.map(String) : [];
  const [draft, setDraft] = useState('');

  const save = (next: string[]) => saveSetting(queryClient, SETTING_KEYS.topics, next);
  const add = async (event: Event) => {
    event.preventDefault();
    const topic = draft.trim().replace(/\s+/g, ' ').slice(0, MAX_TOPIC_LENGTH);
    if (!topic) return;
    const isNew = !topics.some((t) => t.toLocaleLowerCase('uk') === topic.toLocaleLowerCase('uk'));
    if (isNew) await save([...topics, topic]);
    setDraft('');
    // A topic is worth little without the notification; the tap is the gesture that may ask.
    void requestNotificationPermission();
  };

  return (
    <section class="settings-section" aria-labelledby="topics-heading">
      <h2 id="topics-heading">{s.topicsHeading}</h2>
      <p class="settings-hint">{s.topicsHint}</p>
      {topics.length === 0 ? (
        <p class="settings-hint">{s.topicsEmpty}</p>
      ) : (
        <ul class="topic-list">
          {topics.map((topic) => (
            <li key={topic} class="topic-chip">
              <span>{topic}</span>
              <button
                type="button"
                class="topic-chip__remove"
                aria-label={s.topicRemove(topic)}
                onClick={() => void save(topics.filter((other) => other !== topic))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="topic-form" onSubmit={add}>
        <label for="topic-input">{s.topicLabel}</label>
        <div class="topic-form__row">
          <input
            id="topic-input"
            type="text"
            value={draft}
            maxLength={MAX_TOPIC_LENGTH}
            autoComplete="off"
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
          <button type="submit" class="button button--primary">
            {s.topicAdd}
          </button>
        </div>
      </form>
    </section>
  );
}
