import { describe, expect, it } from 'vitest';
import { idSchema } from '@vitals/core';
import { sequentialIds, timeOrderedIds } from './ids';

describe('id generators', () => {
  it('make valid UUIDs that sort by creation time', () => {
    let ms = Date.UTC(2026, 10, 23);
    const next = timeOrderedIds(() => (ms += 1));
    const ids = Array.from({ length: 50 }, next);
    for (const id of ids) expect(idSchema.safeParse(id).success).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    // The first 48 bits are the milliseconds.
    expect(ids[0]?.replace('-', '').slice(0, 12)).toBe(
      (Date.UTC(2026, 10, 23) + 1).toString(16).padStart(12, '0'),
    );
  });

  it('make predictable ids for tests', () => {
    const next = sequentialIds();
    expect([next(), next()]).toEqual([
      '00000000-0000-7000-8000-000000000001',
      '00000000-0000-7000-8000-000000000002',
    ]);
    expect(idSchema.safeParse(next()).success).toBe(true);
  });
});
