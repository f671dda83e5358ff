import {describe, expect, it} from 'vitest';
import {previousVersion, VERSION_KEY} from '../../src/ui/UpdateNotice';

function memoryStorage(initial?: string) {
  const items = new Map<string, string>(initial === undefined ? [] : [[VERSION_KEY, initial]]);
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value)
  };
}

describe('telling a person the map was updated', () => {
  it('says nothing on a first visit, and remembers the version', () => {
    const storage = memoryStorage();
    expect(previousVersion(storage, '2026-12-01T10:00:00.000Z')).toBeUndefined();
    expect(storage.items.get(VERSION_KEY)).toBe('2026-12-01T10:00:00.000Z');
  });

  it('says nothing when the version is the one seen last time', () => {
    expect(previousVersion(memoryStorage('v1'), 'v1')).toBeUndefined();
  });

  it('names the version seen last time when another one runs now, once', () => {
    const storage = memoryStorage('v1');
    expect(previousVersion(storage, 'v2')).toBe('v1');
    expect(previousVersion(storage, 'v2')).toBeUndefined();
  });

  it('stays quiet when storage is switched off', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      }
    };
    expect(previousVersion(blocked, 'v2')).toBeUndefined();
  });
});
