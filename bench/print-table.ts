import type { BudgetCheck } from './budgets';
import { sumSizes, type Size } from './measure-bytes';
import type { LighthousePage } from './measure-lighthouse';
import type { LoadFigure } from './measure-server';
import type { BenchResults } from './results';
import type { Summary } from './stats';

type Cells = [label: string, median: string, min: string, max: string, budgetId?: string];

const ms = (v: number) => `${Math.round(v)} ms`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const size = (s: Size) => `${kb(s.gzip)} gz / ${kb(s.raw)}`;
const spread = (s: Summary, f: (v: number) => string): [string, string, string] => [
  f(s.median),
  f(s.min),
  f(s.max),
];
const single = (text: string): [string, string, string] => [text, '', ''];

function lighthouseRows(name: string, page: LighthousePage, id: string | null): Cells[] {
  const score = (v: number) => String(Math.round(v));
  const budget = (key: string) => (id ? `${id}.${key}` : undefined);
  return [
    [`${name}: performance`, ...spread(page.scores.performance, score), budget('performance')],
    [
      `${name}: accessibility`,
      ...spread(page.scores.accessibility, score),
      budget('accessibility'),
    ],
    [
      `${name}: best practices`,
      ...spread(page.scores['best-practices'], score),
      budget('best-practices'),
    ],
    [`${name}: SEO`, ...spread(page.scores.seo, score), budget('seo')],
    [`${name}: FCP`, ...spread(page.metrics.fcp, ms)],
    [`${name}: LCP`, ...spread(page.metrics.lcp, ms)],
    [`${name}: TBT`, ...spread(page.metrics.tbt, ms), budget('tbt')],
    [`${name}: CLS`, ...spread(page.metrics.cls, (v) => v.toFixed(3)), budget('cls')],
    [`${name}: Speed Index`, ...spread(page.metrics.si, ms)],
    [`${name}: bytes transferred`, ...spread(page.metrics.bytes, kb)],
  ];
}

function buildRows(r: BenchResults): Cells[] {
  const { list, article, limit } = r.lighthouse;
  const initial = sumSizes([
    ...r.bytes.initial.html,
    ...r.bytes.initial.js,
    ...r.bytes.initial.css,
  ]);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const s = r.storage;
  return [
    ...lighthouseRows('Lighthouse list /', list, 'list'),
    ...lighthouseRows('Lighthouse article /news/…', article, 'article'),
    ...lighthouseRows('Limit page (static HTML)', limit, null),
    [
      'LCP app/limit: list',
      ...single(ratio(list.metrics.lcp.median, limit.metrics.lcp.median)),
      'list.lcp-ratio',
    ],
    [
      'LCP app/limit: article',
      ...single(ratio(article.metrics.lcp.median, limit.metrics.lcp.median)),
    ],
    ['Bytes app/limit: HTML+JS+CSS gz', ...single(ratio(initial.gzip, r.limitBytes.gzip))],
    [
      'Bytes app/limit: all transferred',
      ...single(ratio(list.metrics.bytes.median, limit.metrics.bytes.median)),
    ],
    ['List initial JS', ...single(size(sumSizes(r.bytes.initial.js))), 'bytes.initial-js'],
    ['List initial CSS', ...single(size(sumSizes(r.bytes.initial.css)))],
    ['List initial HTML', ...single(size(sumSizes(r.bytes.initial.html)))],
    ['Limit page HTML (CSS inline)', ...single(size(r.limitBytes))],
    ...r.bytes.lazy.map((f): Cells => [
      `Lazy ${f.file.replace(/^assets\//, '')}`,
      ...single(size(f)),
    ]),
    [
      `Precache (${r.bytes.precache.entries} files)`,
      ...single(size(r.bytes.precache)),
      'bytes.precache',
    ],
    ['Service worker sw.js', ...single(size(r.bytes.serviceWorker))],
    [
      `First visit of /: ${r.images.count} images (${r.images.others} not renditions)`,
      ...single(kb(r.images.bytes)),
      'images.first-visit',
    ],
    ['Warm start online, 4× CPU: 1st title painted', ...spread(r.warmStart.online, ms)],
    ['Warm start online, 4× CPU: live list', ...spread(r.warmStart.onlineLive, ms)],
    [
      'Warm start offline, 4× CPU: 1st title painted',
      ...spread(r.warmStart.offline, ms),
      'warm.offline',
    ],
    ['Warm start offline, 4× CPU: live list', ...spread(r.warmStart.offlineLive, ms)],
    ['  floor: static limit page, 4× CPU', ...spread(r.warmStart.limit, ms)],
    ['  floor: static limit page, 1× CPU', ...spread(r.warmStart.limitFullSpeed, ms)],
    [`Parse+store 1,000 (${s.store1k.perSecond}/s)`, ...spread(s.store1k.ms, ms), 'storage.1k'],
    [`Parse+store 10,000 (${s.store10k.perSecond}/s)`, ...spread(s.store10k.ms, ms), 'storage.10k'],
    ['  of which parseFeed', ...spread(s.store10k.parseMs, ms)],
    ['  IndexedDB floor: same puts, plain API', ...spread(s.raw10k, ms)],
    [
      `List over ${s.list10k.stored.toLocaleString('en')} stored: 1st card painted`,
      ...spread(s.list10k.firstCardMs, ms),
      'storage.list-10k',
    ],
    ['List over 10,000 stored: live list', ...spread(s.list10k.liveCardMs, ms)],
    ['List over 10,000 stored: JS heap', ...spread(s.list10k.heapMb, (v) => `${v.toFixed(1)} MB`)],
    ['Cold shared link, Slow 4G', ...spread(r.sharedLink, ms)],
    ...(r.search
      ? ([
          [
            `Search 1,000 articles (p95 ${ms(r.search.query1k.p95)})`,
            ...spread(r.search.query1k, ms),
          ],
          [
            `Search 5,000 articles (p95 ${ms(r.search.query5k.p95)})`,
            ...spread(r.search.query5k, ms),
            'search.5k',
          ],
          ['  index of 5,000: build', ...single(ms(r.search.build5kMs))],
          ['  index of 5,000: JS heap', ...single(`${r.search.heap5kMb.toFixed(1)} MB`)],
        ] satisfies Cells[])
      : [['Search 5,000 articles', ...single('no search module yet')] satisfies Cells]),
    [
      `Render an article page (p95 ${ms(r.render.article.p95)})`,
      ...spread(r.render.article, (v) => `${v.toFixed(1)} ms`),
    ],
    [
      `Render the list page (p95 ${ms(r.render.list.p95)})`,
      ...spread(r.render.list, (v) => `${v.toFixed(1)} ms`),
    ],
    ...serverRows(r.server),
    ...pushRows(r.push),
  ];
}

function pushRows(push: BenchResults['push']): Cells[] {
  const n = (v: number) => v.toLocaleString('en');
  return [
    [
      `Web Push: 1 article to ${n(push.subscriptions)} subscriptions (20 ms service, 1 % 410, 1 % 429)`,
      ...single(ms(push.deliverMs)),
      'push.deliver-10k',
    ],
    ['  first request to last delivery', ...single(ms(push.sendingMs))],
    ['  sender peak RSS', ...single(`${push.peakRssMb} MB`)],
    ['  rows deleted (410)', ...single(n(push.rowsDeleted))],
    ['  429s honoured', ...single(n(push.throttled))],
    [
      `  kill -9 after ${n(push.kill.deliveredBeforeKill)} delivered: lost`,
      ...single(n(push.kill.lost)),
      'push.lost-after-kill',
    ],
    ['  kill -9: delivered twice', ...single(n(push.kill.repeated)), 'push.repeated-after-kill'],
  ];
}

function serverRows(server: BenchResults['server']): Cells[] {
  const rate = (figure: LoadFigure) => `${figure.requestsPerSecond.toLocaleString('en')} req/s`;
  const p99 = (figure: LoadFigure) => ms(figure.p99Ms);
  const mb = (v: number) => `${v.toFixed(0)} MB`;
  return [
    ['Server, 50 connections: shell /settings', ...single(rate(server.shell)), 'server.shell-rps'],
    ['  shell p99', ...single(p99(server.shell)), 'server.shell-p99'],
    ['Server: rendered list /', ...single(rate(server.list))],
    ['  rendered list p99', ...single(p99(server.list))],
    ['Server: rendered article /news/…', ...single(rate(server.article)), 'server.article-rps'],
    ['  rendered article p99', ...single(p99(server.article)), 'server.article-p99'],
    ['Server: hashed asset', ...single(rate(server.asset))],
    ['  hashed asset p99', ...single(p99(server.asset))],
    ['Server: /api/feed, warm', ...single(rate(server.feed)), 'server.feed-rps'],
    ['  /api/feed p99', ...single(p99(server.feed)), 'server.feed-p99'],
    ['Server RSS at rest', ...single(mb(server.rssRestMb))],
    ['Server RSS under load (peak)', ...single(mb(server.rssPeakMb)), 'server.rss'],
    [
      `Upstream requests, 1,000 clients × 1 min (${server.pollRequests.toLocaleString('en')} polls)`,
      ...single(String(server.upstreamRequests)),
      'server.upstream',
    ],
  ];
}

const BUDGET_FORMAT: Record<BudgetCheck['unit'], (v: number) => string> = {
  score: String,
  ms,
  bytes: (v) => `${kb(v)} gz`,
  ratio: (v) => `${v}× limit`,
  cls: String,
  rps: (v) => `${v.toLocaleString('en')} req/s`,
  MB: (v) => `${v} MB`,
  count: String,
};

function formatBudget(check: BudgetCheck): [string, string] {
  const limit = BUDGET_FORMAT[check.unit](check.limit);
  return [`${check.op === '<=' ? '≤' : '≥'} ${limit}`, check.pass ? 'PASS' : 'FAIL'];
}

/** The one table of the bench, as Markdown: measure, median, min, max, budget, PASS/FAIL. */
export function formatTable(results: BenchResults, checks: BudgetCheck[]): string {
  const byId = new Map(checks.map((c) => [c.id, c]));
  const header = ['Measure', 'Median', 'Min', 'Max', 'Budget', 'Result'];
  const rows = buildRows(results).map(([label, median, min, max, id]) => {
    const check = id ? byId.get(id) : undefined;
    return [label, median, min, max, ...(check ? formatBudget(check) : ['', ''])];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
