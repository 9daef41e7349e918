import { describe, expect, it } from 'vitest';
import { GregorianCalendar } from '../calendar/index';
import { explain, explanationText, joinParts, roundForText, shown, valueText } from './explain';
import { targetFor } from './resolve';
import { targetDefinitionSchema } from './schema';

const cal = new GregorianCalendar({ timeZone: 'Europe/Berlin' });

describe('explanation parts', () => {
  it('keeps words and values apart and merges adjacent words', () => {
    expect(explain`${'2026-11'} = ${shown(90609.6275)} (override)`).toEqual([
      { text: '2026-11 = ' },
      { value: 90609.6275 },
      { text: ' (override)' },
    ]);
    const inner = explain`a ${shown(1)}`;
    expect(explain`${3}/${30} of ${inner}.`).toEqual([
      { text: '3/30 of a ' },
      { value: 1 },
      { text: '.' },
    ]);
  });

  it('joins lists with a separator', () => {
    const joined = joinParts([explain`x ${shown(1)}`, explain`y ${shown(2)}`], '; ');
    expect(joined).toEqual([{ text: 'x ' }, { value: 1 }, { text: '; y ' }, { value: 2 }]);
    expect(joinParts([], '; ')).toEqual([]);
  });

  it('rounds values for text to two decimals, or three significant digits when small', () => {
    expect(roundForText(90609.6275)).toBe(90609.63);
    expect(roundForText(1666.666666)).toBe(1666.67);
    expect(roundForText(0.034567)).toBe(0.0346);
    expect(roundForText(0.85)).toBe(0.85);
    expect(roundForText(-12.3456)).toBe(-12.35);
    expect(roundForText(0.000001234)).toBe(0.000001);
    expect(roundForText(0)).toBe(0);
    expect(valueText({ lower: 0.8, upper: 0.912345 })).toBe('0.8–0.912');
  });
});

describe('targetFor explanations', () => {
  const def = targetDefinitionSchema.parse({
    direction: 'higher_is_better',
    basis: 'past_performance',
    // 1,087,315.53 ÷ 12 = 90,609.6275 a month
    horizons: [
      { horizon: '2026', grain: 'month', total: 1_087_315.53, phasing: { method: 'even' } },
    ],
  });

  it('reads rounded in text and keeps the exact value in the parts', () => {
    const month = targetFor(def, cal.parseKey('2026-11'), cal, { kind: 'sum' });
    expect(month.explanation).toBe('2026-11 = 90609.63 (phased from 2026 by even)');
    expect(month.explanationParts).toEqual([
      { text: '2026-11 = ' },
      { value: 90609.6275 },
      { text: ' (phased from 2026 by even)' },
    ]);
    expect(explanationText(month.explanationParts)).toBe(month.explanation);
  });

  it('lists the pro-rated pieces with their day shares', () => {
    // 10 Nov 2026 is 1 of November's 30 days
    const day = targetFor(def, cal.parseKey('2026-11-10'), cal, { kind: 'sum' });
    expect(day.explanation).toBe(
      'pro-rated by days: 1/30 of 2026-11 = 90609.63 (phased from 2026 by even)',
    );
    expect(day.explanationParts.filter((p) => 'value' in p)).toEqual([{ value: 90609.6275 }]);
  });

  it('explains a missing target in words only', () => {
    const none = targetFor(def, cal.parseKey('2025-12'), cal, { kind: 'sum' });
    expect(none.explanationParts).toEqual([{ text: 'no target applies to 2025-12' }]);
  });
});
