import type {
  KpiTarget,
  KpiTargetCreateInput,
  KpiTargetUpdate,
  Period,
  TargetBasis,
  TargetValue,
} from '@vitals/core';

/** Only this period (an override), or this period and every later one (a standing target). */
export type TargetScope = 'period' | 'from_period';

export type TargetChange =
  | { kind: 'create'; input: KpiTargetCreateInput }
  | { kind: 'update'; id: string; update: KpiTargetUpdate };

/**
 * What saving the target form does: change the stored target that already holds this slot (the
 * server refuses a second one), or create one.
 */
export function planTargetChange(input: {
  kpiId: string;
  period: Pick<Period, 'grain' | 'key' | 'start'>;
  scope: TargetScope;
  value: TargetValue;
  basis: TargetBasis;
  note: string;
  targets: readonly KpiTarget[];
}): TargetChange {
  const { kpiId, period, scope, value, basis, note, targets } = input;
  const existing = targets.find((t) =>
    scope === 'period'
      ? t.grain === period.grain && t.periodKey === period.key && t.phasing === null
      : t.grain === period.grain && t.effectiveFrom === period.start,
  );
  if (existing) return { kind: 'update', id: existing.id, update: { value, basis, note } };
  const placement =
    scope === 'period'
      ? { periodKey: period.key, effectiveFrom: null }
      : { periodKey: null, effectiveFrom: period.start };
  return {
    kind: 'create',
    input: { kpiId, grain: period.grain, ...placement, value, basis, note },
  };
}

/**
 * A number typed by a person: spaces, underscores and thousands commas are ignored ("300,000",
 * "1 200.5"); null when it is not a number.
 */
export function parseAmount(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[\s_]/g, '')
    .replace(/,(?=\d{3}(\D|$))/g, '');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}
