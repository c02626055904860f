/**
 * Browser storage that never throws: private modes and full quotas make storage fail, and a
 * lost preference is better than a crashed page.
 */
export function readStored(storage: 'local' | 'session', key: string): string | null {
  try {
    return pick(storage).getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(storage: 'local' | 'session', key: string, value: string | null): void {
  try {
    if (value === null) pick(storage).removeItem(key);
    else pick(storage).setItem(key, value);
  } catch {
    // Nothing to do: the value lives on in memory for this page.
  }
}

function pick(storage: 'local' | 'session'): Storage {
  return storage === 'local' ? window.localStorage : window.sessionStorage;
}
