/**
 * The limit page's whole stylesheet: the list screen's look (header bar, heading, status line,
 * cards with title, meta, summary and thumbnail) in as few rules as it takes, inlined.
 */
export const LIMIT_PAGE_CSS = `
*{box-sizing:border-box}
body{margin:0;background:#f4f6f8;color:#14181d;font:400 1rem/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Ubuntu,sans-serif;overflow-wrap:break-word}
header{background:#0b5cad;color:#fff}
.bar{display:flex;align-items:center;gap:.625rem;max-width:48rem;margin:0 auto;padding:.5rem .75rem;min-height:3.5rem}
.bar img{width:2.25rem;height:2.25rem;border-radius:.5rem;background:#fff}
.bar b{display:block;line-height:1.2}
.bar small{display:block;font-size:.8125rem;line-height:1.25}
main{max-width:48rem;margin:0 auto;padding:.75rem}
h1{font-size:1.375rem;line-height:1.25;margin:.5rem .25rem .75rem}
.status{margin:0 .25rem .75rem;color:#4a5461;font-size:.875rem}
ol{list-style:none;margin:0;padding:0;display:grid;gap:.625rem}
li{position:relative;display:grid;grid-template-columns:1fr auto;gap:.25rem .75rem;padding:.875rem 1rem;background:#fff;border:1px solid #d7dde4;border-radius:.75rem}
h2{grid-column:1;margin:0;font-size:1rem;line-height:1.35;font-weight:650}
h2 a{color:#14181d;text-decoration:none}
h2 a::after{content:'';position:absolute;inset:0}
.meta{grid-column:1;margin:0;display:flex;flex-wrap:wrap;gap:0 .5rem;color:#4a5461;font-size:.8125rem}
.meta span{font-weight:600;color:#0b5cad}
.sum{grid-column:1/-1;margin:.125rem 0 0;color:#4a5461;font-size:.9375rem;display:-webkit-box;-webkit-line-clamp:3;line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}
li img{grid-column:2;grid-row:1/span 2;width:6rem;height:4.5rem;object-fit:cover;border-radius:.5rem;background:#e4e8ed}
`.replace(/\n/g, '');
