import { describe, expect, it, vi } from 'vitest';
import { requestPersistence } from './storage-status';

const estimate = () => Promise.resolve({ usage: 1_200_000, quota: 60_000_000_000 });

describe('requestPersistence', () => {
  it('says "unsupported" when the browser has no storage manager', async () => {
    expect(await requestPersistence(undefined)).toEqual({ persisted: 'unsupported' });
  });

  it('asks for persistence and reports usage and quota', async () => {
    const persist = vi.fn(() => Promise.resolve(true));

    const status = await requestPersistence({ persisted: () => Promise.resolve(false), persist, estimate });

    expect(persist).toHaveBeenCalledOnce();
    expect(status).toEqual({ persisted: true, usage: 1_200_000, quota: 60_000_000_000 });
  });

  it('does not ask again when already persisted', async () => {
    const persist = vi.fn(() => Promise.resolve(true));

    const status = await requestPersistence({ persisted: () => Promise.resolve(true), persist });

    expect(persist).not.toHaveBeenCalled();
    expect(status).toEqual({ persisted: true });
  });

  it('reports a refusal as false (headless Chromium and many browsers refuse)', async () => {
    const status = await requestPersistence({ persisted: () => Promise.resolve(false), persist: () => Promise.resolve(false), estimate });

    expect(status.persisted).toBe(false);
  });

  it('leaves out figures the browser does not give', async () => {
    const status = await requestPersistence({ estimate: () => Promise.resolve({}) });

    expect(status).toEqual({ persisted: 'unsupported' });
  });
});
