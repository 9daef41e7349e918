import { describe, expect, it } from 'vitest';
import { GregorianCalendar } from '@vitals/core';
import { periodLabel, refreshLabel, summaryRequestOf } from './dashboard-settings';
import { periodDraftOf, periodSettingOf, withRangeKeys } from './period-form';
import { moveItem, toggleItem } from './reorder';
import { cycleOf, nextInCycle, tvPath } from './tv-cycle';

describe('summaryRequestOf', () => {
  const base = { kpiIds: ['a', 'b'], sparkline: 12, sparklineGrain: 'month' as const };

  it("turns a dashboard's single period into the grain its cards show", () => {
    expect(summaryRequestOf({ ...base, period: { kind: 'this_quarter' } })).toEqual({
      kpiIds: ['a', 'b'],
      grain: 'quarter',
      sparkline: 12,
      sparklineGrain: 'month',
    });
    expect(
      summaryRequestOf({ ...base, period: { kind: 'cadence' }, sparklineGrain: null }),
    ).toMatchObject({ grain: undefined, sparklineGrain: undefined });
  });

  it('asks for the last N periods or a custom range', () => {
    const last = { kind: 'last', grain: 'week', n: 4, includeRunning: true } as const;
    expect(summaryRequestOf({ ...base, period: last })).toMatchObject({
      range: 'last',
      grain: 'week',
      n: 4,
      includeRunning: true,
    });
    const custom = { kind: 'custom', grain: 'month', from: '2026-09', to: '2026-11' } as const;
    expect(summaryRequestOf({ ...base, period: custom })).toMatchObject({
      range: 'custom',
      grain: 'month',
      from: '2026-09',
      to: '2026-11',
    });
  });

  it('names the period setting', () => {
    expect(periodLabel({ kind: 'this_month' })).toBe('This month');
    expect(periodLabel({ kind: 'last', grain: 'month', n: 3, includeRunning: false })).toBe(
      'Last 3 months',
    );
    expect(periodLabel({ kind: 'last', grain: 'day', n: 7, includeRunning: true })).toBe(
      'Last 7 days to date',
    );
    expect(periodLabel({ kind: 'last', grain: 'week', n: 1, includeRunning: false })).toBe(
      'Last week',
    );
    expect(periodLabel({ kind: 'custom', grain: 'month', from: '2026-09', to: '2026-11' })).toBe(
      'Sep–Nov 2026',
    );
  });

  it('says how often TV mode refreshes', () => {
    expect(refreshLabel(60)).toBe('every 1 min');
    expect(refreshLabel(45)).toBe('every 45 s');
  });
});

describe('moveItem and toggleItem', () => {
  it('moves up and down, and stays put at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('adds at the end or removes', () => {
    expect(toggleItem(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleItem(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('the TV cycle', () => {
  it('goes round the listed dashboards, the current one included', () => {
    expect(cycleOf('b', 'a,b,c')).toEqual(['a', 'b', 'c']);
    expect(cycleOf('x', 'a, b,a')).toEqual(['x', 'a', 'b']);
    expect(cycleOf('x', null)).toEqual(['x']);
    expect(nextInCycle(['a', 'b', 'c'], 'c')).toBe('a');
    expect(nextInCycle(['a'], 'a')).toBe('a');
  });

  it('keeps the cycle in the address', () => {
    expect(tvPath('a', ['a', 'b'])).toBe('/dashboards/a/tv?cycle=a,b');
    expect(tvPath('a', ['a'])).toBe('/dashboards/a/tv');
  });
});

describe('the period fields', () => {
  it('round-trip a stored setting through the form', () => {
    const last = { kind: 'last', grain: 'week', n: 4, includeRunning: true } as const;
    expect(periodSettingOf(periodDraftOf(last))).toEqual(last);
    const custom = { kind: 'custom', grain: 'quarter', from: '2026-Q1', to: '2026-Q3' } as const;
    expect(periodSettingOf(periodDraftOf(custom))).toEqual(custom);
    expect(periodSettingOf(periodDraftOf({ kind: 'this_year' }))).toEqual({ kind: 'this_year' });
  });

  it('sends an empty count as no number, for the server to name the field', () => {
    const draft = { ...periodDraftOf({ kind: 'cadence' }), kind: 'last' as const, n: ' ' };
    expect(periodSettingOf(draft)).toMatchObject({ kind: 'last', grain: 'month', n: Number.NaN });
  });

  it('starts a custom range at the last three complete periods of its grain', () => {
    const calendar = new GregorianCalendar({ timeZone: 'Europe/Berlin' });
    const draft = { ...periodDraftOf({ kind: 'cadence' }), kind: 'custom' as const };
    const now = new Date('2026-12-04T10:00:00Z');
    expect(withRangeKeys(draft, calendar, now)).toMatchObject({ from: '2026-09', to: '2026-11' });
    const weeks = withRangeKeys({ ...draft, grain: 'week' }, calendar, now);
    expect(weeks).toMatchObject({ from: '2026-W46', to: '2026-W48' });
    // Keys already typed are kept.
    const typed = { ...draft, from: '2026-01', to: '2026-02' };
    expect(withRangeKeys(typed, calendar, now)).toBe(typed);
  });
});
