import { queryOptions } from '@tanstack/preact-query';
import { SEARCH_WORKER_POLICY } from '../core/trusted-types';
import type { SearchReply, SearchRequest } from '../search/protocol';
// Vite bundles the worker and hands over its URL; the worker is started with it below.
import searchWorkerUrl from '../search-worker/search-worker.ts?worker&url';
import type { SearchResults } from '../search/search-query';
import { getContentSource } from './content-source';

export type { SearchHit, SearchResults } from '../search/search-query';
export type { TextMark } from '../search/highlight';
export { MIN_QUERY_LENGTH } from '../search/search-query';

/** How many hits a search shows; the count says how many there are in all. */
export const SEARCH_LIMIT = 50;

type Pending = { resolve: (results: SearchResults) => void; reject: (error: Error) => void };

// One worker per page, started by the first search and kept while the page lives, so the index
// is built once and then only follows changes.
let worker: Promise<Worker> | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();
const changeListeners = new Set<() => void>();

function failAll(error: Error): void {
  for (const request of pending.values()) request.reject(error);
  pending.clear();
}

interface TrustedScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}

// Under the app's Trusted Types CSP a Worker starts only from a TrustedScriptURL. The policy is
// made once per page (the CSP forbids a second one of the same name) and admits this one URL.
let urlPolicy: TrustedScriptUrlPolicy | null | undefined;

function getWorkerScriptUrl(): string {
  const workerUrl = new URL(searchWorkerUrl, location.href).href;
  const factory = (
    window as {
      trustedTypes?: {
        createPolicy(
          name: string,
          rules: { createScriptURL(url: string): string | null },
        ): TrustedScriptUrlPolicy;
      };
    }
  ).trustedTypes;
  urlPolicy ??= factory
    ? factory.createPolicy(SEARCH_WORKER_POLICY, {
        createScriptURL: (url) => (new URL(url, location.href).href === workerUrl ? url : null),
      })
    : null;
  // The Worker constructor takes the TrustedScriptURL object as it takes a string.
  return (urlPolicy ? urlPolicy.createScriptURL(workerUrl) : workerUrl) as string;
}

async function startWorker(): Promise<Worker> {
  const source = await getContentSource();
  const started = new Worker(getWorkerScriptUrl(), { type: 'module', name: 'vistky-search' });
  let stopWatching: (() => void) | undefined;
  started.onmessage = (event: MessageEvent<SearchReply>) => {
    const reply = event.data;
    switch (reply.type) {
      case 'results':
        pending.get(reply.id)?.resolve(reply.results);
        pending.delete(reply.id);
        break;
      case 'failed':
        pending.get(reply.id)?.reject(new Error(reply.message));
        pending.delete(reply.id);
        break;
      case 'index-changed':
        changeListeners.forEach((listener) => listener());
        break;
    }
  };
  started.onerror = (event) => {
    // A worker that cannot start (an old browser) fails every search; the next one retries.
    failAll(new Error(event.message || 'The search worker stopped'));
    started.terminate();
    stopWatching?.();
    worker = null;
  };
  // A page without a database keeps its articles in memory, where the worker cannot read them:
  // the page hands them over now, before any search, and again after every change.
  stopWatching = await source.watchArticles?.((articles) => {
    const request: SearchRequest = { type: 'use-articles', articles };
    started.postMessage(request);
  });
  return started;
}

/** Searches the stored articles in the search worker. */
export function searchStoredArticles(query: string, limit = SEARCH_LIMIT): Promise<SearchResults> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    const request: SearchRequest = { type: 'search', id, query, limit };
    // Waiting in `pending` already, so a worker that fails to start rejects this search too.
    worker ??= startWorker().catch((error: unknown) => {
      worker = null;
      throw error;
    });
    worker.then(
      (started) => started.postMessage(request),
      (error: Error) => {
        pending.delete(id);
        reject(error);
      },
    );
  });
}

/** Calls `listener` whenever stored articles changed the index; returns the unsubscribe. */
export function subscribeToIndexChanges(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** The results for one query; re-asked when the index changes (see subscribeToIndexChanges). */
export function searchQuery(query: string) {
  return queryOptions({
    queryKey: ['search', query] as const,
    queryFn: () => searchStoredArticles(query),
    gcTime: 60_000,
    retry: false,
  });
}
