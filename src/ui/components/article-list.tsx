import type { Article } from '../../core/types';
import { ArticleCard } from './article-card';

// About one phone screen of cards: their thumbnails load at once, the rest lazily.
const EAGER_CARDS = 4;

/** The news as an ordered list of cards, newest first. */
export function ArticleList({ articles, now }: { articles: Article[]; now: number }) {
  return (
    <ol class="news-list">
      {articles.map((article, index) => (
        <ArticleCard key={article.key} article={article} now={now} isEager={index < EAGER_CARDS} />
      ))}
    </ol>
  );
}
