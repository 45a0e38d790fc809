// Asks the browser to keep Platsen's data (not to evict it under storage pressure) and reports how
// much room is used and left, so the settings page can warn before a big import and suggest a backup.
// Browsers decide on their own: headless Chromium says false, Safari may still clear data after
// seven days without a visit; a false answer is normal and the UI should offer a backup instead.

export interface StorageStatus {
  /** true: the browser promised to keep the data; false: it may evict it; or the API is missing. */
  persisted: boolean | 'unsupported';
  /** Bytes used by this origin, when the browser tells. */
  usage?: number;
  /** Bytes this origin may use, when the browser tells. */
  quota?: number;
}

type StorageApi = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

function browserStorage(): StorageApi | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Requests persistent storage unless already granted. `storage` is injectable for tests. */
export async function requestPersistence(storage: StorageApi | undefined = browserStorage()): Promise<StorageStatus> {
  const status: StorageStatus = { persisted: await persist(storage) };
  if (storage?.estimate) {
    const { usage, quota } = await storage.estimate();
    if (usage !== undefined) status.usage = usage;
    if (quota !== undefined) status.quota = quota;
  }
  return status;
}

async function persist(storage: StorageApi | undefined): Promise<boolean | 'unsupported'> {
  if (!storage?.persist && !storage?.persisted) return 'unsupported';
  // Asking again when already granted would show some browsers' prompt for nothing.
  if (storage.persisted && (await storage.persisted())) return true;
  return storage.persist ? storage.persist() : false;
}
