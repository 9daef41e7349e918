import { describe, expect, it } from 'vitest';
import type { NumberContext } from '../../format/number';
import { cardFixture } from './card.fixture';
import { formatTarget, presentCard } from './card-model';

const context: NumberContext = { locale: 'en-US', currency: 'USD' };
const now = new Date('2026-11-11T10:00:00.000Z');

describe('presentCard', () => {
  it('shows the running period to date, paced against the expected value', () => {
    const view = presentCard(cardFixture(), context, now);
    expect(view).toMatchObject({
      name: 'Revenue',
      value: '$105k',
      periodLabel: 'Nov 2026 to date',
      target: '$300k',
      expected: '$100k',
      updated: 'updated 3 days ago',
      stale: false,
    });
    expect(view.status).toMatchObject({ label: 'On track', icon: 'check' });
    expect(view.gap).toMatchObject({ text: '$5k above expected', tone: 'better' });
  });

  it('colours changes by direction: a rise of churn is worse', () => {
    const churn = cardFixture({ direction: 'lower_is_better', unit: { kind: 'percent' } });
    churn.current.changes.vsPrevious = {
      current: 5.5,
      base: 5,
      absolute: 0.5,
      percent: 10,
      verdict: 'worse',
    };
    const worse = presentCard(churn, context, now).vsPrevious;
    expect(worse).toMatchObject({ text: '+0.5 pp', icon: 'arrowUp', tone: 'worse' });
  });

  it('judges a complete period against its target and says so', () => {
    const card = cardFixture();
    card.current = {
      ...card.current,
      phase: 'complete',
      fraction: 1,
      actual: 250_000,
      expected: 300_000,
      status: 'off_track',
    };
    const view = presentCard(card, context, now);
    expect(view).toMatchObject({ periodLabel: 'Nov 2026', expected: null, target: '$300k' });
    expect(view.status.label).toBe('Off track');
    expect(view.gap).toMatchObject({ text: '$50k below target', tone: 'worse' });
  });

  it('says no data plainly and flags staleness beside the status', () => {
    const card = cardFixture({ stale: true, lastUpdated: null });
    card.current = { ...card.current, actual: null, status: 'no_data', reason: 'no_actual' };
    const view = presentCard(card, context, now);
    expect(view).toMatchObject({ value: '—', gap: null, stale: true, updated: 'never updated' });
    expect(view.status.label).toBe('No data');
  });

  it('describes the sparkline in words, with the latest target', () => {
    expect(presentCard(cardFixture(), context, now).sparklineText).toBe(
      'Trend over the last 3 periods: from $9,000 to $12k; latest target $10k',
    );
  });
});

describe('a card over a range', () => {
  it('labels the run of periods and compares with the run before it', () => {
    const card = cardFixture();
    const rest = { ...card.current, period: undefined };
    const month = (key: string, start: string, end: string) => ({
      grain: 'month' as const,
      key,
      start,
      end,
    });
    const first = month('2026-08', '2026-08-01', '2026-09-01');
    const last = month('2026-10', '2026-10-01', '2026-11-01');
    const range = {
      grain: 'month' as const,
      first,
      last,
      count: 3,
      start: first.start,
      end: last.end,
      key: '2026-08..2026-10',
    };
    const view = presentCard(
      {
        ...card,
        current: {
          ...rest,
          range,
          phase: 'complete',
          actual: 92_000,
          target: 90_000,
          expected: 90_000,
        },
      },
      context,
      now,
    );
    expect(view).toMatchObject({
      value: '$92k',
      periodLabel: 'Aug–Oct 2026',
      target: '$90k',
      note: null,
    });
    expect(view.vsPrevious.description).toContain('vs previous 3 months');
  });
});

describe('formatTarget', () => {
  it('formats single targets and bands in the unit', () => {
    expect(formatTarget(1_500_000, { kind: 'currency' }, context)).toBe('$1.5M');
    expect(formatTarget({ lower: 80, upper: 90 }, { kind: 'percent' }, context)).toBe('80%–90%');
    expect(formatTarget(null, { kind: 'count' }, context)).toBeNull();
  });
});
