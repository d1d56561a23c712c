import type { LighthousePage } from './measure-lighthouse';
import type { ByteReport, Size } from './measure-bytes';
import type { FirstVisitImages } from './measure-images';
import type { StorageResult } from './measure-storage';
import type { WarmStartResult } from './measure-warm-start';
import type { SearchResult } from './measure-search';
import type { PushResult } from './measure-push';
import type { RenderResult } from './measure-render';
import type { ServerResult } from './measure-server';
import type { Machine } from './machine';
import type { Summary } from './stats';

/** Everything one `npm run bench` measured; written to bench/results.json. */
export interface BenchResults {
  date: string;
  /** Where it ran: a reference for reading the figures, not part of any budget. */
  machine: Machine;
  runs: number;
  lighthouse: { list: LighthousePage; article: LighthousePage; limit: LighthousePage };
  /** The limit page's one document (HTML with the CSS inline). */
  limitBytes: Size;
  bytes: ByteReport;
  /** The images a first visit of / downloads. */
  images: FirstVisitImages;
  warmStart: WarmStartResult;
  storage: StorageResult;
  sharedLink: Summary;
  search: SearchResult | null;
  server: ServerResult;
  render: RenderResult;
  push: PushResult;
}
