import { createSharedConnection } from '../storage';

/** The page's connection to the app's database, reopened after another context upgraded it. */
export const getDatabase = createSharedConnection();
