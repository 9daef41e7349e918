import { describe, expect, it } from 'vitest';
import { atKey, compareAt, componentsSchemaFor, componentsSchemas } from './components';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe('component schemas', () => {
  it('accepts the components of each kind', () => {
    expect(componentsSchemas.sum.parse({ sum: 12.5 })).toEqual({ sum: 12.5 });
    expect(componentsSchemas.average.parse({ sum: 300, count: 2 })).toEqual({ sum: 300, count: 2 });
    expect(componentsSchemas.ratio.parse({ numerator: -3, denominator: 10 })).toEqual({
      numerator: -3,
      denominator: 10,
    });
    expect(componentsSchemas.last.parse({ value: 40, at: '2026-03-31' })).toEqual({
      value: 40,
      at: '2026-03-31',
    });
    expect(
      componentsSchemas.first.parse({ value: 1, at: '2026-03-31T17:00:00+02:00' }),
    ).toBeTruthy();
    expect(componentsSchemas.distinct.parse({ value: 7 })).toEqual({ value: 7 });
  });

  it('says that count must be a non-negative integer', () => {
    expect(messages(componentsSchemaFor('average').safeParse({ sum: 3, count: 1.5 }))).toEqual([
      'count must be a non-negative integer',
    ]);
    expect(messages(componentsSchemaFor('average').safeParse({ sum: 3, count: -1 }))).toEqual([
      'count must be a non-negative integer',
    ]);
  });

  it('refuses a sum without observations', () => {
    expect(messages(componentsSchemaFor('average').safeParse({ sum: 3, count: 0 }))).toEqual([
      'sum must be 0 when count is 0 (there is nothing to average)',
    ]);
  });

  it('says that the denominator must be ≥ 0', () => {
    expect(
      messages(componentsSchemaFor('ratio').safeParse({ numerator: 1, denominator: -2 })),
    ).toEqual(['denominator must be ≥ 0']);
  });

  it('names missing, non-finite and unknown fields', () => {
    expect(messages(componentsSchemaFor('ratio').safeParse({ numerator: 1 }))).toEqual([
      'denominator is required',
    ]);
    expect(messages(componentsSchemaFor('sum').safeParse({ sum: Infinity }))).toEqual([
      'sum must be a finite number',
    ]);
    expect(messages(componentsSchemaFor('sum').safeParse({ value: 3 }))).toContain(
      'sum is required',
    );
  });

  it('requires a date or timestamp in at', () => {
    expect(messages(componentsSchemaFor('last').safeParse({ value: 1 }))[0]).toMatch(
      /at is required/,
    );
    expect(
      messages(componentsSchemaFor('last').safeParse({ value: 1, at: '2026-02-30' }))[0],
    ).toMatch(/at must be a date YYYY-MM-DD or an ISO 8601 timestamp/);
    expect(componentsSchemaFor('last').safeParse({ value: 1, at: 'yesterday' }).success).toBe(
      false,
    );
  });
});

describe('ordering observations', () => {
  it('compares timestamps in different offsets by their instant', () => {
    // 17:00 in Berlin summer time is 15:00 UTC, earlier than 16:00 UTC.
    expect(atKey('2026-03-31T17:00:00+02:00')).toBe('2026-03-31T15:00:00.000Z');
    expect(compareAt('2026-03-31T17:00:00+02:00', '2026-03-31T16:00:00Z')).toBeLessThan(0);
    // fractional seconds sort after whole ones (a plain string compare would get this wrong)
    expect(compareAt('2026-03-31T10:00:00.5Z', '2026-03-31T10:00:00Z')).toBeGreaterThan(0);
    expect(compareAt('2026-03-30', '2026-03-31')).toBeLessThan(0);
    expect(compareAt('2026-03-31', '2026-03-31')).toBe(0);
  });
});
