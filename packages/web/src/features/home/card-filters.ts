import {
  KPI_LEVELS,
  KPI_STATUSES,
  type Kpi,
  type KpiCard,
  type KpiLevel,
  type KpiStatus,
  type KpiTypeTags,
} from '@vitals/core';
import { shownStatus } from '../cards/card-choice';

/** A KPI from the list with its card once the summary has come (a skeleton holds its place until then). */
export interface CardEntry {
  kpi: Kpi;
  card: KpiCard | undefined;
}

/** One of the type tags, as `scope:strategic`, `timing:leading`, `nature:qualitative`. */
export type TypeTag = {
  [K in keyof KpiTypeTags]: `${K}:${KpiTypeTags[K]}`;
}[keyof KpiTypeTags];

export const TYPE_TAGS: readonly { value: TypeTag; label: string }[] = [
  { value: 'scope:strategic', label: 'Strategic' },
  { value: 'scope:operational', label: 'Operational' },
  { value: 'scope:functional', label: 'Functional' },
  { value: 'timing:leading', label: 'Leading' },
  { value: 'timing:lagging', label: 'Lagging' },
  { value: 'nature:quantitative', label: 'Quantitative' },
  { value: 'nature:qualitative', label: 'Qualitative' },
];

export type Grouping = 'team' | 'level';

/** What Home shows; empty strings mean "any". Kept in the address so a view can be shared. */
export interface HomeView {
  grouping: Grouping;
  teamId: string;
  level: KpiLevel | '';
  tag: TypeTag | '';
  ownerId: string;
  status: KpiStatus | '';
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | '' =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';

/** Reads the view from `?group=level&team=…&level=…&tag=…&owner=…&status=…`, ignoring nonsense. */
export function viewFromSearch(search: URLSearchParams): HomeView {
  return {
    grouping: search.get('group') === 'level' ? 'level' : 'team',
    teamId: search.get('team') ?? '',
    level: oneOf(KPI_LEVELS, search.get('level')),
    tag: oneOf(
      TYPE_TAGS.map((t) => t.value),
      search.get('tag'),
    ),
    ownerId: search.get('owner') ?? '',
    status: oneOf(KPI_STATUSES, search.get('status')),
  };
}

/** The view as search parameters, leaving out defaults. */
export function searchFromView(view: HomeView): URLSearchParams {
  const search = new URLSearchParams();
  if (view.grouping !== 'team') search.set('group', view.grouping);
  if (view.teamId) search.set('team', view.teamId);
  if (view.level) search.set('level', view.level);
  if (view.tag) search.set('tag', view.tag);
  if (view.ownerId) search.set('owner', view.ownerId);
  if (view.status) search.set('status', view.status);
  return search;
}

/** The same grouping without any filter. */
export function withoutFilters(view: HomeView): HomeView {
  return { grouping: view.grouping, teamId: '', level: '', tag: '', ownerId: '', status: '' };
}

export function isFiltered(view: HomeView): boolean {
  return Boolean(view.teamId || view.level || view.tag || view.ownerId || view.status);
}

function hasTag(kpi: Kpi, tag: TypeTag): boolean {
  const [dimension, value] = tag.split(':') as [keyof KpiTypeTags, string];
  return kpi.typeTags[dimension] === value;
}

/**
 * The entries that pass every chosen filter. "Stale" also keeps cards flagged stale beside another
 * status; a status filter keeps entries whose card has not come yet, until it comes.
 */
export function filterEntries(entries: readonly CardEntry[], view: HomeView): CardEntry[] {
  return entries.filter(({ card, kpi }) => {
    if (view.teamId && kpi.teamId !== view.teamId) return false;
    if (view.ownerId && kpi.ownerId !== view.ownerId) return false;
    if (view.level && kpi.level !== view.level) return false;
    if (view.tag && !hasTag(kpi, view.tag)) return false;
    if (view.status && card) {
      const matches = shownStatus(card) === view.status || (view.status === 'stale' && card.stale);
      if (!matches) return false;
    }
    return true;
  });
}

/** Worst first, so what needs attention leads each group; entries without a card yet keep name order. */
const SEVERITY: Record<KpiStatus, number> = {
  off_track: 0,
  at_risk: 1,
  stale: 2,
  no_data: 3,
  on_track: 4,
};

const severityOf = (entry: CardEntry) => (entry.card ? SEVERITY[shownStatus(entry.card)] : 5);

export function bySeverity(a: CardEntry, b: CardEntry): number {
  return severityOf(a) - severityOf(b) || a.kpi.name.localeCompare(b.kpi.name);
}

export interface CardGroup {
  key: string;
  title: string;
  entries: CardEntry[];
}

const LEVEL_TITLES: Record<KpiLevel, string> = {
  company: 'Company',
  department: 'Department',
  team: 'Team',
  individual: 'Individual',
};

export function levelTitle(level: KpiLevel): string {
  return LEVEL_TITLES[level];
}

/**
 * Groups cards by team (teams by name, "No team" last) or by level (company down to individual),
 * each group worst first.
 */
export function groupEntries(
  entries: readonly CardEntry[],
  grouping: Grouping,
  teamNames: ReadonlyMap<string, string>,
): CardGroup[] {
  const groups = new Map<string, CardGroup>();
  for (const entry of entries) {
    const { key, title } = groupOf(entry, grouping, teamNames);
    const group = groups.get(key) ?? { key, title, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  const order = (group: CardGroup) =>
    grouping === 'level' ? KPI_LEVELS.indexOf(group.key as KpiLevel) : 0;
  return [...groups.values()]
    .map((group) => ({ ...group, entries: group.entries.sort(bySeverity) }))
    .sort(
      (a, b) =>
        order(a) - order(b) ||
        Number(a.key === 'none') - Number(b.key === 'none') ||
        a.title.localeCompare(b.title),
    );
}

function groupOf(
  { kpi }: CardEntry,
  grouping: Grouping,
  teamNames: ReadonlyMap<string, string>,
): { key: string; title: string } {
  if (grouping === 'level') return { key: kpi.level, title: LEVEL_TITLES[kpi.level] };
  if (kpi.teamId === null) return { key: 'none', title: 'No team' };
  return { key: kpi.teamId, title: teamNames.get(kpi.teamId) ?? 'Unknown team' };
}

/** How many cards have each status, for the summary line above the cards. */
export function statusCounts(entries: readonly CardEntry[]): Record<KpiStatus, number> {
  const counts: Record<KpiStatus, number> = {
    off_track: 0,
    at_risk: 0,
    stale: 0,
    no_data: 0,
    on_track: 0,
  };
  for (const { card } of entries) if (card) counts[shownStatus(card)] += 1;
  return counts;
}
