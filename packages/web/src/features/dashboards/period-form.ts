import type { Calendar, DashboardPeriod, DashboardPeriodSetting, Grain } from '@vitals/core';
import type { PeriodKind } from './dashboard-settings';

/** The period fields of the dashboard form, as typed (n as text, keys as text). */
export interface PeriodDraft {
  kind: PeriodKind;
  grain: Grain;
  n: string;
  includeRunning: boolean;
  from: string;
  to: string;
}

/** The form's fields for a stored setting; a single-period setting starts ranges at 3 months. */
export function periodDraftOf(setting: DashboardPeriodSetting): PeriodDraft {
  const base = { grain: 'month' as Grain, n: '3', includeRunning: false, from: '', to: '' };
  if (setting.kind === 'last') {
    const { grain, n, includeRunning } = setting;
    return { ...base, kind: 'last', grain, n: String(n), includeRunning };
  }
  if (setting.kind === 'custom') return { ...base, ...setting };
  return { ...base, kind: setting.kind };
}

/** What the form sends; the server checks n and the keys and names the field that is wrong. */
export function periodSettingOf(draft: PeriodDraft): DashboardPeriodSetting {
  switch (draft.kind) {
    case 'last':
      return {
        kind: 'last',
        grain: draft.grain,
        n: draft.n.trim() === '' ? Number.NaN : Number(draft.n),
        includeRunning: draft.includeRunning,
      };
    case 'custom':
      return { kind: 'custom', grain: draft.grain, from: draft.from.trim(), to: draft.to.trim() };
    default:
      return { kind: draft.kind satisfies DashboardPeriod };
  }
}

/**
 * A custom range without keys yet starts as the last three complete periods of its grain, so
 * the fields show keys of the right form.
 */
export function withRangeKeys(draft: PeriodDraft, calendar: Calendar, now: Date): PeriodDraft {
  if (draft.kind !== 'custom' || (draft.from && draft.to)) return draft;
  const last = calendar.previous(calendar.periodAt(now, draft.grain));
  return { ...draft, from: calendar.shift(last, -2).key, to: last.key };
}
