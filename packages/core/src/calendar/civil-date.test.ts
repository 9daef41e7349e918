import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCivilDays,
  addCivilMonths,
  civil,
  civilDaysBetween,
  civilParts,
  fromUtcDate,
  isCivilDate,
  minCivil,
  toUtcDate,
} from './civil-date';

const DAY_MS = 86_400_000;

/** The reference: the ECMAScript Date in UTC, read only through its UTC fields. */
const refDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const refDay = fc.integer({
  min: Date.UTC(1600, 0, 1) / DAY_MS,
  max: Date.UTC(2400, 0, 1) / DAY_MS,
});

describe('civil dates: hand-worked examples', () => {
  it('validates the form and the calendar', () => {
    expect(isCivilDate('2026-11-21')).toBe(true);
    expect(isCivilDate('2024-02-29')).toBe(true);
    expect(isCivilDate('2000-02-29')).toBe(true);
    expect(isCivilDate('1900-02-29')).toBe(false);
    expect(isCivilDate('2026-02-29')).toBe(false);
    expect(isCivilDate('2026-02-30')).toBe(false);
    expect(isCivilDate('2026-04-31')).toBe(false);
    expect(isCivilDate('2026-13-01')).toBe(false);
    expect(isCivilDate('2026-00-10')).toBe(false);
    expect(isCivilDate('2026-1-01')).toBe(false);
    expect(isCivilDate('2026-11-21T00:00')).toBe(false);
    expect(() => toUtcDate('2026-02-30')).toThrow(/"2026-02-30" is not a real calendar date/);
    expect(() => toUtcDate('21.11.2026')).toThrow(/"21.11.2026" is not a date in the form/);
  });

  it('adds days and months, clamping months to their last day', () => {
    expect(addCivilDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCivilDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addCivilMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCivilMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addCivilMonths('2028-02-29', -12)).toBe('2027-02-28');
    expect(addCivilMonths('2026-03-31', -13)).toBe('2025-02-28');
    expect(civilDaysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(civilDaysBetween('2028-03-01', '2028-02-01')).toBe(-29);
    expect(minCivil('2026-11-21', '2026-02-28')).toBe('2026-02-28');
  });

  it('rolls over months and days out of range, and reads years below 100 as written', () => {
    expect(civil(2026, 13, 1)).toBe('2027-01-01');
    expect(civil(2026, 0, 1)).toBe('2025-12-01');
    expect(civil(2026, 1, 0)).toBe('2025-12-31');
    expect(civil(2024, 2, 30)).toBe('2024-03-01');
    expect(civil(50, 1, 1)).toBe('0050-01-01');
    expect(addCivilDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('splits a date into parts', () => {
    expect(civilParts('2026-11-21')).toEqual({
      year: 2026,
      month: 11,
      day: 21,
      weekday: 6,
      dayOfYear: 325,
    });
    expect(civilParts('2024-12-31')).toMatchObject({ weekday: 2, dayOfYear: 366 });
    expect(civilParts('0001-01-01')).toMatchObject({ weekday: 1, dayOfYear: 1 });
  });

  it('converts to and from UTC dates', () => {
    expect(toUtcDate('2026-11-21').getTime()).toBe(Date.UTC(2026, 10, 21));
    expect(fromUtcDate(new Date('2026-11-21T23:59:59.999Z'))).toBe('2026-11-21');
    expect(fromUtcDate(new Date('1969-12-31T12:00:00Z'))).toBe('1969-12-31');
    expect(() => fromUtcDate(new Date(NaN))).toThrow(RangeError);
    expect(() => addCivilDays('9999-12-31', 1)).toThrow(RangeError);
  });
});

describe('civil dates agree with the ECMAScript Date in UTC', () => {
  it('parts, round trips and day arithmetic', () => {
    fc.assert(
      fc.property(refDay, fc.integer({ min: -1000, max: 1000 }), (n, k) => {
        const ms = n * DAY_MS;
        const date = refDate(ms);
        const ref = new Date(ms);
        expect(isCivilDate(date)).toBe(true);
        expect(civilParts(date)).toEqual({
          year: ref.getUTCFullYear(),
          month: ref.getUTCMonth() + 1,
          day: ref.getUTCDate(),
          weekday: ref.getUTCDay(),
          dayOfYear: (ms - Date.UTC(ref.getUTCFullYear(), 0, 1)) / DAY_MS + 1,
        });
        expect(toUtcDate(date).getTime()).toBe(ms);
        expect(fromUtcDate(toUtcDate(date))).toBe(date);
        expect(civil(ref.getUTCFullYear(), ref.getUTCMonth() + 1, ref.getUTCDate())).toBe(date);
        expect(addCivilDays(date, k)).toBe(refDate(ms + k * DAY_MS));
        expect(civilDaysBetween(date, refDate(ms + k * DAY_MS))).toBe(k);
      }),
      { numRuns: 5000 },
    );
  });

  it('month arithmetic clamps to the last day of the target month', () => {
    fc.assert(
      fc.property(refDay, fc.integer({ min: -600, max: 600 }), (n, k) => {
        const ref = new Date(n * DAY_MS);
        const [y, m, d] = [ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate()];
        const lastDay = new Date(Date.UTC(y, m + k + 1, 0)).getUTCDate();
        const expected = refDate(Date.UTC(y, m + k, Math.min(d, lastDay)));
        expect(addCivilMonths(refDate(n * DAY_MS), k)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('rejects every day past the end of its month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const ref = new Date(0);
          ref.setUTCFullYear(y, m - 1, d);
          expect(isCivilDate(date)).toBe(ref.getUTCDate() === d);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
