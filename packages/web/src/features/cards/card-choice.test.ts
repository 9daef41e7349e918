import type { KpiPeriodEvaluationDto } from '@vitals/core';
import { describe, expect, it } from 'vitest';
import type { NumberContext } from '../../format/number';
import { cardFixture, type PeriodCard } from './card.fixture';
import { chooseShown, shownStatus } from './card-choice';
import { presentCard } from './card-model';

const context: NumberContext = { locale: 'en-US', currency: 'USD' };
const now = new Date('2026-11-30T09:00:00.000Z');
const week = (key: string, start: string, end: string) => ({
  grain: 'week' as const,
  key,
  start,
  end,
});

/** Sign-ups on a Monday: week 49 has just begun without data; week 48 made 70 of 70. */
function monday(overrides: Partial<PeriodCard> = {}): PeriodCard {
  const card = cardFixture({
    name: 'Sign-ups',
    unit: { kind: 'count' },
    grain: 'week',
    ...overrides,
  });
  const base = card.current;
  card.current = {
    ...base,
    period: week('2026-W49', '2026-11-30', '2026-12-07'),
    phase: 'running',
    actual: null,
    pointCount: 0,
    status: 'no_data',
    reason: 'no_actual',
  };
  const lastWeek: KpiPeriodEvaluationDto = {
    ...base,
    period: week('2026-W48', '2026-11-23', '2026-11-30'),
    phase: 'complete',
    fraction: 1,
    actual: 70,
    pointCount: 7,
    target: 70,
    expected: 70,
    status: 'on_track',
  };
  card.lastComplete = overrides.lastComplete === undefined ? lastWeek : overrides.lastComplete;
  return card;
}

describe('chooseShown', () => {
  it('shows the last complete period while the running one has no data yet', () => {
    const card = monday();
    const shown = chooseShown(card);
    expect(shown.evaluation).toBe(card.lastComplete);
    expect(shown.waitingFor?.key).toBe('2026-W49');
  });

  it('shows the running period as today once it has data', () => {
    const card = monday();
    card.current = { ...card.current, actual: 10, pointCount: 1, status: 'on_track' };
    expect(chooseShown(card)).toEqual({ evaluation: card.current, waitingFor: null });
  });

  it('keeps a stale KPI stale instead of showing its old data as the latest', () => {
    const card = monday({ stale: true });
    expect(chooseShown(card)).toEqual({ evaluation: card.current, waitingFor: null });
  });

  it('says no data when the last complete period has none either', () => {
    const card = monday();
    card.lastComplete = {
      ...(card.lastComplete as KpiPeriodEvaluationDto),
      actual: null,
      pointCount: 0,
    };
    expect(chooseShown(card).evaluation).toBe(card.current);
    expect(chooseShown(monday({ lastComplete: null })).evaluation.status).toBe('no_data');
  });
});

describe('a card that falls back', () => {
  it('labels the last complete period and says the running one has no data yet', () => {
    const view = presentCard(monday(), context, now);
    expect(view).toMatchObject({
      value: '70',
      periodLabel: 'Last week · W48',
      note: 'Week 49, 2026 has no data yet',
      target: '70',
      expected: null,
    });
    expect(view.status.label).toBe('On track');
  });

  it('is a plain "No data" card when nothing came in the last week either', () => {
    const view = presentCard(monday({ lastComplete: null }), context, now);
    expect(view).toMatchObject({ value: '—', periodLabel: 'Week 49, 2026 to date', note: null });
    expect(view.status.label).toBe('No data');
  });

  it('gives lists the status the card shows: last week on track, not "no data"', () => {
    expect(shownStatus(monday())).toBe('on_track');
    expect(shownStatus(monday({ stale: true }))).toBe('no_data');
  });
});
