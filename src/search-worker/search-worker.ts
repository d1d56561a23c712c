/// <reference lib="webworker" />
import { CONTENT_CHANNEL, type ContentMessage } from '../core/messages';
import type { SearchReply, SearchRequest } from '../search/protocol';
import { createSharedConnection } from '../storage';
import { createIndexKeeper } from './index-keeper';

declare const self: DedicatedWorkerGlobalScope;

const keeper = createIndexKeeper(createSharedConnection());
const reply = (message: SearchReply) => self.postMessage(message);

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'search':
      keeper.search(request.query, request.limit).then(
        (results) => reply({ type: 'results', id: request.id, results }),
        (error: unknown) => reply({ type: 'failed', id: request.id, message: String(error) }),
      );
      break;
    case 'use-articles':
      if (keeper.useArticles(request.articles)) reply({ type: 'index-changed' });
      break;
  }
};

// Every refresh (page or service worker) and every clearing announces itself here.
new BroadcastChannel(CONTENT_CHANNEL).onmessage = (event: MessageEvent<ContentMessage>) => {
  void keeper.apply(event.data).then((changed) => changed && reply({ type: 'index-changed' }));
};
