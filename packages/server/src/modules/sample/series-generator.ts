import { addCivilDays, type CivilDate } from '@vitals/core';
import { dayOf, SeriesSink, type GeneratedSeries, type SampleEvents } from './shapes';
import { commerceSimulation } from './simulate-commerce';
import { operationsSimulation } from './simulate-operations';

/** The seed of the sample workspace: every install gets the same company. */
export const SAMPLE_SEED = 20_261_123;

export interface GeneratedData {
  series: GeneratedSeries;
  events: SampleEvents;
  /** First and last day of data (inclusive). */
  from: CivilDate;
  to: CivilDate;
}

/** The story's days, placed relative to the last day of data so that they are always recent. */
export function sampleEvents(lastDay: CivilDate): SampleEvents {
  const back = (days: number) => addCivilDays(lastDay, -days);
  return {
    badWeek: [back(12), back(6)],
    outage: [back(131), back(130)],
    campaign: [back(95), back(75)],
    priceChange: back(40),
    missing: [back(415), back(201), back(200)],
  };
}

/**
 * Daily data of every sample metric from `from` up to the day before `today`: trend, weekly and
 * yearly seasonality, seeded noise, the events of `sampleEvents` and a few days without data.
 * Deterministic: the same seed and days give the same values.
 *
 * @example
 * generateSeries({ from: '2024-11-01', today: '2026-11-18', seed: SAMPLE_SEED }).series.get('orders');
 */
export function generateSeries(input: {
  from: CivilDate;
  today: CivilDate;
  seed: number;
}): GeneratedData {
  const to = addCivilDays(input.today, -1);
  const events = sampleEvents(to);
  const missing = new Set(events.missing);
  const commerce = commerceSimulation(input.seed, events);
  const operations = operationsSimulation(input.seed, events);
  const sink = new SeriesSink();
  for (let i = 0, date = input.from; date <= to; i += 1, date = addCivilDays(date, 1)) {
    const day = dayOf(date, i);
    // The business runs on missing days too; only their numbers were never recorded.
    const record = !missing.has(date);
    const today = commerce(day, sink, record);
    operations(day, today, sink, record);
  }
  return { series: sink.series, events, from: input.from, to };
}
