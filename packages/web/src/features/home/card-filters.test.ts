import type { Kpi, KpiStatus } from '@vitals/core';
import { describe, expect, it } from 'vitest';
import { cardFixture, type PeriodCard } from '../cards/card.fixture';
import {
  filterEntries,
  groupEntries,
  searchFromView,
  statusCounts,
  viewFromSearch,
  type CardEntry,
} from './card-filters';

const SALES = '0190a4b2-0000-7000-8000-0000000000a1';
const SUPPORT = '0190a4b2-0000-7000-8000-0000000000a2';
const ADA = '0190a4b2-0000-7000-8000-0000000000b1';
const teams = new Map([
  [SALES, 'Sales'],
  [SUPPORT, 'Customer Support'],
]);

let next = 0;
function entry(
  name: string,
  status: KpiStatus,
  options: { teamId?: string | null; level?: Kpi['level']; timing?: 'leading' | 'lagging' } = {},
  card: Partial<PeriodCard> = {},
): CardEntry {
  const kpiId = `0190a4b2-0000-7000-8000-${String(++next).padStart(12, '0')}`;
  const teamId = options.teamId ?? null;
  const base = cardFixture({ kpiId, name, teamId, ...card });
  base.current = { ...base.current, status };
  const kpi = {
    id: kpiId,
    name,
    teamId,
    ownerId: base.ownerId,
    level: options.level ?? 'team',
    typeTags: { scope: 'operational', timing: options.timing ?? 'lagging', nature: 'quantitative' },
  } as Kpi;
  return { card: base, kpi };
}

const entries = [
  entry('Revenue', 'on_track', { teamId: SALES, level: 'company', timing: 'lagging' }),
  entry('Pipeline', 'off_track', { teamId: SALES, level: 'team', timing: 'leading' }),
  entry('First response time', 'at_risk', { teamId: SUPPORT, level: 'team' }),
  entry('Headcount', 'on_track', { teamId: null, level: 'department' }, { stale: true }),
  entry('Wins', 'no_data', { teamId: SALES }, { ownerId: ADA }),
];

describe('the Home view in the address', () => {
  it('round-trips and ignores values it does not know', () => {
    const view = viewFromSearch(
      new URLSearchParams('group=level&status=off_track&tag=timing:leading'),
    );
    expect(view).toEqual({
      grouping: 'level',
      teamId: '',
      level: '',
      tag: 'timing:leading',
      ownerId: '',
      status: 'off_track',
    });
    expect(searchFromView(view).toString()).toBe(
      'group=level&tag=timing%3Aleading&status=off_track',
    );
    expect(viewFromSearch(new URLSearchParams('group=x&status=green&level=galaxy'))).toMatchObject({
      grouping: 'team',
      status: '',
      level: '',
    });
  });
});

describe('filterEntries', () => {
  const none = viewFromSearch(new URLSearchParams());
  const names = (list: CardEntry[]) => list.map((e) => e.kpi.name);

  it('keeps everything without filters, and combines filters with "and"', () => {
    expect(filterEntries(entries, none)).toHaveLength(5);
    expect(
      names(filterEntries(entries, { ...none, teamId: SALES, tag: 'timing:leading' })),
    ).toEqual(['Pipeline']);
    expect(names(filterEntries(entries, { ...none, level: 'team' }))).toEqual([
      'Pipeline',
      'First response time',
      'Wins',
    ]);
    expect(names(filterEntries(entries, { ...none, ownerId: ADA }))).toEqual(['Wins']);
  });

  it('finds stale cards by their flag as well as by their status', () => {
    expect(names(filterEntries(entries, { ...none, status: 'stale' }))).toEqual(['Headcount']);
    expect(names(filterEntries(entries, { ...none, status: 'off_track' }))).toEqual(['Pipeline']);
  });

  it('keeps entries whose card has not come yet until their status is known', () => {
    const waiting = entries.map((e) => ({ ...e, card: undefined }));
    expect(filterEntries(waiting, { ...none, status: 'off_track' })).toHaveLength(5);
  });
});

describe('groupEntries', () => {
  it('groups by team, teams by name and "No team" last, worst first inside', () => {
    const groups = groupEntries(entries, 'team', teams);
    expect(groups.map((g) => g.title)).toEqual(['Customer Support', 'Sales', 'No team']);
    expect(groups[1]?.entries.map((e) => e.kpi.name)).toEqual(['Pipeline', 'Wins', 'Revenue']);
  });

  it('groups by level from the company down', () => {
    const groups = groupEntries(entries, 'level', teams);
    expect(groups.map((g) => g.title)).toEqual(['Company', 'Department', 'Team']);
  });
});

describe('statusCounts', () => {
  it('counts each status', () => {
    expect(statusCounts(entries)).toEqual({
      off_track: 1,
      at_risk: 1,
      stale: 0,
      no_data: 1,
      on_track: 2,
    });
  });
});
