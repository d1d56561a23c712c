import type { Article } from '../../core/types';
import { usePreferences } from '../hooks/use-preferences';
import { ArticleCard } from './article-card';

// About one phone screen of cards: their thumbnails load at once, the rest lazily.
const EAGER_CARDS = 4;

interface ArticleListProps {
  articles: Article[];
  /** See ArticleCard: null shows dates only. */
  now: number | null;
  /** The resident's topics each article mentions, to mark those cards. */
  topicsByKey?: ReadonlyMap<string, string[]>;
}

const NO_TOPICS: ReadonlyMap<string, string[]> = new Map();

/** The news as an ordered list of cards, newest first; thumbnails off under the data saver. */
export function ArticleList({ articles, now, topicsByKey = NO_TOPICS }: ArticleListProps) {
  const { dataSaver, imageRenditions } = usePreferences();
  return (
    <ol class="news-list">
      {articles.map((article, index) => (
        <ArticleCard
          key={article.key}
          article={article}
          now={now}
          isEager={index < EAGER_CARDS}
          topics={topicsByKey.get(article.key) ?? []}
          showImage={!dataSaver}
          hasRenditions={imageRenditions}
        />
      ))}
    </ol>
  );
}
