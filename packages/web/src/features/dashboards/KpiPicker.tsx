import type { Kpi } from '@vitals/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { LiveRegion } from '../../components/Alert';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import styles from './KpiPicker.module.css';
import { moveItem, toggleItem } from './reorder';

/** After a move, focus returns to the moved card's button so keyboard users can keep moving it. */
interface PendingFocus {
  id: string;
  action: 'up' | 'down' | 'add' | 'remove';
}

/**
 * Chooses a dashboard's cards and their order with buttons only (no dragging): move up, move down,
 * remove, add. Every change is announced.
 */
export function KpiPicker({
  kpis,
  value,
  onChange,
}: {
  kpis: readonly Kpi[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState('');
  const [focus, setFocus] = useState<PendingFocus | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const byId = useMemo(() => new Map(kpis.map((kpi) => [kpi.id, kpi])), [kpis]);
  const name = (id: string) => byId.get(id)?.name ?? 'An archived KPI';
  const available = kpis
    .filter((kpi) => !value.includes(kpi.id))
    .filter((kpi) => kpi.name.toLowerCase().includes(query.trim().toLowerCase()))
    .sort((a, b) => a.name.localeCompare(b.name));

  useEffect(() => {
    if (!focus || !root.current) return;
    const find = (selector: string) => root.current?.querySelector<HTMLElement>(selector);
    const target =
      focus.action === 'add' || focus.action === 'remove'
        ? find(`[data-picker-heading="${focus.action === 'add' ? 'chosen' : 'available'}"]`)
        : [
            `[data-move="${focus.action}"][data-id="${focus.id}"]`,
            `[data-id="${focus.id}"][data-move]`,
          ]
            .map((selector) => find(`${selector}:not(:disabled)`))
            .find(Boolean);
    target?.focus();
  }, [focus, value]);

  const move = (index: number, delta: number) => {
    const id = value[index] as string;
    const next = moveItem(value, index, delta);
    onChange(next);
    setMessage(`${name(id)} moved to position ${next.indexOf(id) + 1} of ${next.length}.`);
    setFocus({ id, action: delta < 0 ? 'up' : 'down' });
  };
  const toggle = (id: string) => {
    const adding = !value.includes(id);
    onChange(toggleItem(value, id));
    setMessage(adding ? `${name(id)} added at the end.` : `${name(id)} removed.`);
    setFocus({ id, action: adding ? 'add' : 'remove' });
  };

  return (
    <div ref={root} className={styles.picker}>
      <div>
        <h3 className={styles.heading} tabIndex={-1} data-picker-heading="chosen">
          Cards on this dashboard ({value.length})
        </h3>
        {value.length === 0 ? (
          <p className={styles.muted}>None yet: add KPIs from the list.</p>
        ) : (
          <ol className={styles.list}>
            {value.map((id, index) => (
              <li key={id} className={styles.row}>
                <span className={styles.position}>{index + 1}.</span>
                <span className={styles.name}>{name(id)}</span>
                <span className={styles.buttons}>
                  <Button
                    size="small"
                    data-move="up"
                    data-id={id}
                    aria-label={`Move ${name(id)} up`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    Up
                  </Button>
                  <Button
                    size="small"
                    data-move="down"
                    data-id={id}
                    aria-label={`Move ${name(id)} down`}
                    disabled={index === value.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    Down
                  </Button>
                  <Button
                    size="small"
                    variant="danger"
                    aria-label={`Remove ${name(id)}`}
                    onClick={() => toggle(id)}
                  >
                    Remove
                  </Button>
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
      <div>
        <h3 className={styles.heading} tabIndex={-1} data-picker-heading="available">
          Add KPIs
        </h3>
        <TextField
          label="Find a KPI"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
        />
        <ul className={styles.list}>
          {available.map((kpi) => (
            <li key={kpi.id} className={styles.row}>
              <span className={styles.name}>{kpi.name}</span>
              <span className={styles.buttons}>
                <Button size="small" aria-label={`Add ${kpi.name}`} onClick={() => toggle(kpi.id)}>
                  Add
                </Button>
              </span>
            </li>
          ))}
          {available.length === 0 && (
            <li className={styles.muted}>
              {query ? 'No KPI matches.' : 'Every KPI is on this dashboard.'}
            </li>
          )}
        </ul>
      </div>
      <LiveRegion>{message}</LiveRegion>
    </div>
  );
}
