import { civilParts, type CivilDate, type DimensionValues } from '@vitals/core';
import type { Random } from './prng';

/** One generated value of a metric: its day, dimension values and components. */
export interface SeriesPoint {
  date: CivilDate;
  dims: DimensionValues;
  /** Components of the metric's kind: `{ sum }`, `{ sum, count }`, `{ value, at }`, … */
  components: Record<string, number | string>;
}

/** Generated values by metric key, each list in date order. */
export type GeneratedSeries = Map<string, SeriesPoint[]>;

/** The days that tell a story: a bad week in support, a web outage, a campaign, a price change. */
export interface SampleEvents {
  /** First and last day (inclusive) of the week support fell behind. */
  badWeek: [CivilDate, CivilDate];
  /** Days the website was mostly down. */
  outage: [CivilDate, CivilDate];
  /** A three-week lead-generation campaign. */
  campaign: [CivilDate, CivilDate];
  /** From this day on, subscribers cancel more often (a price increase). */
  priceChange: CivilDate;
  /** Days nothing was recorded (an import job failed). */
  missing: CivilDate[];
}

/** Where a day stands: how far into the data, its weekday and its place in the year. */
export interface Day {
  date: CivilDate;
  /** Years since the first day of data. */
  years: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  dayOfYear: number;
}

export function dayOf(date: CivilDate, index: number): Day {
  const { weekday, dayOfYear } = civilParts(date);
  return { date, years: index / 365.25, weekday, dayOfYear };
}

export const within = (date: CivilDate, [from, to]: [CivilDate, CivilDate]): boolean =>
  date >= from && date <= to;

/** Compound growth: `rate` 0.2 is +20 % a year. */
export const growth = (day: Day, rate: number): number => (1 + rate) ** day.years;

/** A yearly wave around 1 with its high point on day-of-year `peak`. */
export const yearly = (day: Day, amplitude: number, peak: number): number =>
  1 + amplitude * Math.cos((2 * Math.PI * (day.dayOfYear - peak)) / 365.25);

/** Weekday factors, Sunday first. */
export const WEEKLY = {
  /** Online shop: busy early in the week, quieter at the weekend. */
  shop: [0.88, 1.08, 1.06, 1.03, 1.0, 0.96, 0.86],
  /** Office work (sales, hiring): little happens at the weekend. */
  office: [0.15, 1.32, 1.3, 1.28, 1.25, 1.1, 0.2],
  /** Support: staffed every day, more tickets on weekdays. */
  support: [0.7, 1.18, 1.1, 1.06, 1.04, 1.0, 0.74],
  /** The warehouse: closed on Sundays, half a shift on Saturdays. */
  warehouse: [0, 1, 1, 1, 1, 1, 0.5],
} as const;

export const weekly = (day: Day, profile: keyof typeof WEEKLY): number =>
  WEEKLY[profile][day.weekday] as number;

/** Multiplicative noise with mean 1 (log-normal with spread `sd`). */
export const noise = (rng: Random, sd: number): number =>
  Math.exp(sd * rng.normal() - (sd * sd) / 2);

/** How many of `n` trials succeed with probability `p` (n is small here). */
export function binomial(rng: Random, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i += 1) if (rng.next() < p) k += 1;
  return k;
}

/** Money to the cent. */
export const cents = (x: number): number => Math.round(x * 100) / 100;

/** Collects points by metric key. */
export class SeriesSink {
  readonly series: GeneratedSeries = new Map();

  add(
    key: string,
    date: CivilDate,
    components: SeriesPoint['components'],
    dims: DimensionValues = {},
  ): void {
    let list = this.series.get(key);
    if (!list) this.series.set(key, (list = []));
    list.push({ date, dims, components });
  }

  /** A flow (`sum`) value. */
  sum(key: string, date: CivilDate, value: number, dims?: DimensionValues): void {
    this.add(key, date, { sum: value }, dims);
  }

  /** A stock (`last` or `first`) observed on the day. */
  stock(key: string, date: CivilDate, value: number): void {
    this.add(key, date, { value, at: date });
  }

  /** An average's parts; nothing when there was nothing to average. */
  average(key: string, date: CivilDate, total: number, count: number): void {
    if (count > 0) this.add(key, date, { sum: total, count });
  }
}
