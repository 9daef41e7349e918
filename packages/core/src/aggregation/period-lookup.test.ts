import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCivilDays } from '../calendar/civil-date';
import { GregorianCalendar } from '../calendar/gregorian-calendar';
import { GRAINS } from '../calendar/period';
import { PeriodLookup } from './period-lookup';

describe('PeriodLookup', () => {
  it('finds the same period as the calendar, in any order of days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(...GRAINS),
        fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 60 }),
        (fiscalYearStartMonth, grain, offsets) => {
          const calendar = new GregorianCalendar({ fiscalYearStartMonth });
          const lookup = new PeriodLookup(calendar, grain);
          for (const offset of offsets) {
            const date = addCivilDays('2023-01-01', offset);
            expect(lookup.containing(date)).toEqual(calendar.periodOf(date, grain));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('checks that a point period is the first day of its period', () => {
    const lookup = new PeriodLookup(new GregorianCalendar(), 'quarter');
    expect(lookup.startingOn('2026-04-01').key).toBe('2026-Q2');
    expect(() => lookup.startingOn('2026-05-01')).toThrow(/not the first day of a quarter/);
    expect(() => new PeriodLookup(new GregorianCalendar(), 'day').startingOn('2026-02-30')).toThrow(
      /"2026-02-30" is not a real date/,
    );
  });
});
