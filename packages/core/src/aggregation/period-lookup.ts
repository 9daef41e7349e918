import type { Calendar } from '../calendar/calendar';
import type { CivilDate } from '../calendar/civil-date';
import type { Grain, Period } from '../calendar/period';

const CIVIL = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A cheap check that `date` is a real `YYYY-MM-DD` date. */
function isRealDate(date: string): boolean {
  const m = CIVIL.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * Finds the period of one grain that contains a day, asking the calendar once per period found:
 * periods tile the days (`[start, end)`), so a day inside a period already found needs no lookup.
 * The calendar still decides every boundary.
 */
export class PeriodLookup {
  private readonly found: Period[] = [];
  private last: Period | undefined;

  constructor(
    private readonly calendar: Calendar,
    readonly grain: Grain,
  ) {}

  containing(date: CivilDate): Period {
    const last = this.last;
    if (last && last.start <= date && date < last.end) return last;
    let [lo, hi] = [0, this.found.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.found[mid] as Period).start <= date) lo = mid + 1;
      else hi = mid;
    }
    const before = this.found[lo - 1];
    if (before && date < before.end) return (this.last = before);
    if (this.grain === 'day' && !isRealDate(date)) {
      throw new RangeError(`"${date}" is not a real date in the form YYYY-MM-DD`);
    }
    const period = this.calendar.periodOf(date, this.grain);
    this.found.splice(lo, 0, period);
    return (this.last = period);
  }

  /** The key and first day of the period that starts on `date`, or a RangeError naming it. */
  startingOn(date: CivilDate): Pick<Period, 'key' | 'start'> {
    // A day's key is its date in every calendar (DESIGN: period keys), so days need no lookup.
    if (this.grain === 'day') {
      if (!isRealDate(date))
        throw new RangeError(`"${date}" is not a real date in the form YYYY-MM-DD`);
      return { key: date, start: date };
    }
    const period = this.containing(date);
    if (period.start !== date) {
      throw new RangeError(
        `point period "${date}" is not the first day of a ${this.grain}: the ${this.grain} ` +
          `${period.key} containing it starts on ${period.start}`,
      );
    }
    return period;
  }
}
