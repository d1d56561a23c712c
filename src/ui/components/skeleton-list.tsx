import { useMessages } from '../hooks/use-messages';

/** Grey placeholders in the shape of news cards while the first articles load. */
export function SkeletonList({ count = 6 }: { count?: number }) {
  const t = useMessages();
  return (
    <div role="status" aria-live="polite">
      <span class="visually-hidden">{t.loading}</span>
      <ul class="news-list" aria-hidden="true">
        {Array.from({ length: count }, (_, i) => (
          <li key={i} class="card">
            <div>
              <span class="skeleton skeleton--title" />
              <span class="skeleton skeleton--line" />
              <span class="skeleton skeleton--line" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
