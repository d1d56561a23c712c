import { setupServer } from 'msw/node';
import { createDemoHandlers } from './handlers';

/** The origin the Vitest demo backend answers on; request `${DEMO_ORIGIN}/api/feed`. */
export const DEMO_ORIGIN = 'http://demo.test';

// No automatic releases in unit tests: upcoming articles appear only through control.publish().
const demo = createDemoHandlers({ origin: DEMO_ORIGIN, newItemEveryMs: 0 });

/** The MSW server for Vitest, serving the demo backend at DEMO_ORIGIN. */
export const server = setupServer(...demo.handlers);

/** Switches of that server's demo backend: publish an upcoming article, set a fault, reset. */
export const control = demo.control;
