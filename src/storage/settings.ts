import { STORE, type JsonValue, type VistkyDatabase } from './schema';
import { runRead, runWrite } from './transaction';

/** A stored setting, or undefined when it was never set. */
export function getSetting(db: VistkyDatabase, key: string): Promise<JsonValue | undefined> {
  return runRead(db, [STORE.settings], async (tx) => {
    const record = await tx.objectStore(STORE.settings).get(key);
    return record?.value;
  });
}

/** Stores a setting; the value goes through JSON so only plain data is ever kept. */
export function putSetting(db: VistkyDatabase, key: string, value: JsonValue): Promise<void> {
  const plain = JSON.parse(JSON.stringify(value)) as JsonValue;
  return runWrite(db, [STORE.settings], async (tx) => {
    await tx.objectStore(STORE.settings).put({ key, value: plain });
  });
}

/** Forgets a setting, so its default applies again. */
export function deleteSetting(db: VistkyDatabase, key: string): Promise<void> {
  return runWrite(db, [STORE.settings], (tx) => tx.objectStore(STORE.settings).delete(key));
}
