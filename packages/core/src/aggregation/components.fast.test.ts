import { describe, expect, it } from 'vitest';
import { AGGREGATION_KINDS } from './kind';
import { componentsSchemaFor, plainlyValidComponents } from './components';

// Values around every rule of the schemas: signs, zero, fractions, non-finite, wrong types.
const NUMBERS: unknown[] = [0, -0, 1, 2.5, -3, 1e308, Infinity, -Infinity, NaN, '1', null, true];
const ATS: unknown[] = ['2026-03-31', '2026-02-30', '2026-03-31T17:00:00+02:00', 'yesterday', 5];
const FIELDS = ['sum', 'count', 'numerator', 'denominator', 'value'];

/** Every object of one or two fields from the names and values above, plus stamped ones. */
function candidates(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [{}];
  for (const a of FIELDS) {
    for (const x of NUMBERS) {
      out.push({ [a]: x });
      for (const b of FIELDS) {
        if (b !== a) for (const y of NUMBERS) out.push({ [a]: x, [b]: y });
      }
      for (const at of ATS) out.push({ [a]: x, at });
    }
  }
  out.push({ sum: 1, extra: 2 }, { value: 1, at: '2026-03-31', note: '' });
  return out;
}

describe('plainlyValidComponents', () => {
  it('never accepts what the schema refuses, and accepts the plain valid forms', () => {
    const all = candidates();
    expect(all.length).toBeGreaterThan(3000);
    for (const kind of AGGREGATION_KINDS) {
      const schema = componentsSchemaFor(kind);
      let accepted = 0;
      for (const raw of all) {
        if (!plainlyValidComponents(kind, raw)) continue;
        accepted += 1;
        const parsed = schema.safeParse(raw);
        expect(parsed.success, `${kind} ${JSON.stringify(raw)}`).toBe(true);
        expect(parsed.data).toEqual(raw);
      }
      expect(accepted, kind).toBeGreaterThan(0);
    }
  });

  it('agrees with the schema on the hand-picked cases of each rule', () => {
    const cases: [
      Parameters<typeof plainlyValidComponents>[0],
      Record<string, unknown>,
      boolean,
    ][] = [
      ['sum', { sum: -3.5 }, true],
      ['sum', { sum: Infinity }, false],
      ['average', { sum: 10, count: 4 }, true],
      ['average', { sum: 10, count: 1.5 }, false],
      ['average', { sum: 0, count: 0 }, true],
      ['average', { sum: 1, count: 0 }, false],
      ['ratio', { numerator: 3, denominator: 0 }, true],
      ['ratio', { numerator: 3, denominator: -1 }, false],
      ['last', { value: 41, at: '2026-02-02T17:00:00.000Z' }, true],
      ['last', { value: 41, at: '2026-02-30' }, false],
      ['last', { value: 41 }, false],
      ['max', { value: 1, sum: 1 }, false],
    ];
    for (const [kind, raw, plain] of cases) {
      expect(plainlyValidComponents(kind, raw), `${kind} ${JSON.stringify(raw)}`).toBe(plain);
      // Each case where the shortcut says no is one the schema refuses too.
      expect(componentsSchemaFor(kind).safeParse(raw).success).toBe(plain);
    }
  });
});
