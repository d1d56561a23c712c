import type { CDPSession } from 'playwright-core';

/** Network conditions as CDP's Network.emulateNetworkConditions takes them (ms, bytes/s). */
export interface NetworkConditions {
  offline: boolean;
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}

/**
 * Slows the page's network and that of every worker it starts. A page's emulation covers its
 * dedicated workers, but its service worker is a target of its own, whose precaching would
 * otherwise download at full speed instead of competing with the page as on a real phone. So
 * the session auto-attaches to new targets, paused at start, emulates the same network in them
 * and lets them run. Playwright's CDP session cannot address child sessions, hence the
 * non-flattened protocol (Target.sendMessageToTarget), which Chromium still supports.
 */
export async function throttleNetwork(
  cdp: CDPSession,
  conditions: NetworkConditions,
): Promise<void> {
  let id = 0;
  const send = (sessionId: string, method: string, params: object = {}) =>
    cdp
      .send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: ++id, method, params }),
      })
      .catch(() => undefined);
  cdp.on('Target.attachedToTarget', (event) => {
    const { sessionId } = event;
    // Dedicated workers answer "Not supported" here: they already follow the page's emulation.
    void send(sessionId, 'Network.enable')
      .then(() => send(sessionId, 'Network.emulateNetworkConditions', conditions))
      .finally(() => send(sessionId, 'Runtime.runIfWaitingForDebugger'));
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: true,
    flatten: false,
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', conditions);
}
