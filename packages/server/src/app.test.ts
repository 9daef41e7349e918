import { describe, expect, it } from 'vitest';
import { buildApp } from './app';

describe('GET /api/health', () => {
  it('answers ok with the server clock', async () => {
    const app = await buildApp({ now: () => new Date('2026-11-23T10:00:00Z') });
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', time: '2026-11-23T10:00:00.000Z' });
    await app.close();
  });
});
