// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../../src/core/settings';
import { captureFirstScreen } from '../../../src/ui/first-screen-capture';
import { useFirstScreen } from '../../../src/ui/hooks/use-first-screen';

vi.mock('../../../src/ui/first-screen-capture', () => ({ captureFirstScreen: vi.fn() }));
vi.mock('../../../src/ui/hooks/use-preferences', () => ({
  usePreferences: () => DEFAULT_PREFERENCES,
}));
const capture = vi.mocked(captureFirstScreen);

function List({ isKeepable, version }: { isKeepable: boolean; version: number }) {
  useFirstScreen(true, isKeepable, [version]);
  return <ol class="news-list" />;
}

let root: HTMLElement;

function show(isKeepable: boolean, version: number): void {
  act(() => render(<List isKeepable={isKeepable} version={version} />, root));
}

/** Lets the timers run and the hook's dynamic import settle. */
async function after(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
  capture.mockReset();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  act(() => render(null, root));
  root.remove();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('useFirstScreen', () => {
  it('keeps the list a second after it changes, once per change', async () => {
    show(true, 1);
    await after(999);
    expect(capture).not.toHaveBeenCalled();
    await after(1);
    expect(capture).toHaveBeenCalledTimes(1);
    show(true, 2);
    await after(1_000);
    expect(capture).toHaveBeenCalledTimes(2);
    expect(capture).toHaveBeenLastCalledWith(DEFAULT_PREFERENCES);
  });

  it('keeps nothing while new articles wait behind the pill', async () => {
    show(false, 1);
    await after(5_000);
    document.dispatchEvent(new Event('visibilitychange'));
    await after(0);
    expect(capture).not.toHaveBeenCalled();
  });

  it('keeps nothing from a tab in the background, but keeps the list the resident leaves', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    show(true, 1);
    await after(1_000);
    expect(capture).not.toHaveBeenCalled();
    document.dispatchEvent(new Event('visibilitychange'));
    await after(0);
    expect(capture).toHaveBeenCalledTimes(1);
  });
});
