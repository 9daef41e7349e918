import { describe, expect, it } from 'vitest';
import { refreshLabel, summaryRequestOf } from './dashboard-settings';
import { moveItem, toggleItem } from './reorder';
import { cycleOf, nextInCycle, tvPath } from './tv-cycle';

describe('summaryRequestOf', () => {
  it("turns a dashboard's period into the grain its cards show", () => {
    const base = { kpiIds: ['a', 'b'], sparkline: 12, sparklineGrain: 'month' as const };
    expect(summaryRequestOf({ ...base, period: 'this_quarter' })).toEqual({
      kpiIds: ['a', 'b'],
      grain: 'quarter',
      sparkline: 12,
      sparklineGrain: 'month',
    });
    expect(summaryRequestOf({ ...base, period: 'cadence', sparklineGrain: null })).toMatchObject({
      grain: undefined,
      sparklineGrain: undefined,
    });
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
