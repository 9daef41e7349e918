import { KPI_LEVELS, KPI_STATUSES, type Team, type User } from '@vitals/core';
import { Button } from '../../components/Button';
import { SelectField, type Option } from '../../components/Field';
import { Segmented } from '../../components/Segmented';
import { presentStatus } from '../../format/status';
import {
  isFiltered,
  levelTitle,
  TYPE_TAGS,
  type Grouping,
  withoutFilters,
  type HomeView,
} from './card-filters';
import styles from './HomeFilters.module.css';

const ANY: Option = { value: '', label: 'Any' };

const GROUPINGS = [
  { value: 'team', label: 'Team' },
  { value: 'level', label: 'Level' },
] as const satisfies readonly { value: Grouping; label: string }[];

/** Group by team or level, and narrow the cards by team, level, type, owner and status. */
export function HomeFilters({
  view,
  teams,
  people,
  onChange,
}: {
  view: HomeView;
  teams: readonly Team[];
  people: readonly User[];
  onChange: (view: HomeView) => void;
}) {
  const set = <K extends keyof HomeView>(key: K, value: HomeView[K]) =>
    onChange({ ...view, [key]: value });
  return (
    <div role="search" className={styles.filters} aria-label="Filter KPIs">
      <Segmented
        legend="Group by"
        value={view.grouping}
        options={GROUPINGS}
        onChange={(value) => set('grouping', value)}
      />
      <SelectField
        label="Team"
        value={view.teamId}
        onChange={(e) => set('teamId', e.target.value)}
        options={[ANY, ...sortedByName(teams).map((t) => ({ value: t.id, label: t.name }))]}
      />
      <SelectField
        label="Level"
        value={view.level}
        onChange={(e) => set('level', e.target.value as HomeView['level'])}
        options={[ANY, ...KPI_LEVELS.map((level) => ({ value: level, label: levelTitle(level) }))]}
      />
      <SelectField
        label="Type"
        value={view.tag}
        onChange={(e) => set('tag', e.target.value as HomeView['tag'])}
        options={[ANY, ...TYPE_TAGS]}
      />
      <SelectField
        label="Owner"
        value={view.ownerId}
        onChange={(e) => set('ownerId', e.target.value)}
        options={[ANY, ...sortedByName(people).map((p) => ({ value: p.id, label: p.name }))]}
      />
      <SelectField
        label="Status"
        value={view.status}
        onChange={(e) => set('status', e.target.value as HomeView['status'])}
        options={[
          ANY,
          ...KPI_STATUSES.map((status) => ({ value: status, label: presentStatus(status).label })),
        ]}
      />
      <div className={styles.clear}>
        <Button
          size="small"
          disabled={!isFiltered(view)}
          onClick={() => onChange(withoutFilters(view))}
        >
          Clear filters
        </Button>
      </div>
    </div>
  );
}

function sortedByName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.name.localeCompare(b.name));
}
