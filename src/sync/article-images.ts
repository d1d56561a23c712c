export { listArticleImageUrls } from '../core/article-image-urls';
