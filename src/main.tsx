import { render } from 'preact';
import { QueryClientProvider } from '@tanstack/preact-query';
import { App } from './app';
import { createQueryClient } from './data/query-client';
import { invalidateContent } from './data/refresh';
import { subscribeToContent } from './pwa/content-events';
import './ui/styles.css';

const queryClient = createQueryClient();

// Whoever stored content (this tab, another tab, the service worker), every open page re-reads it.
subscribeToContent(() => void invalidateContent(queryClient));

render(
  <QueryClientProvider client={queryClient}>
    <App />
  </QueryClientProvider>,
  document.getElementById('app')!,
);
