import { createSharedConnection } from '../storage';

/** The worker's connection to the app's database, reopened after a page upgraded it. */
export const getWorkerDatabase = createSharedConnection();
