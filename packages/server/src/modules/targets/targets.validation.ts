import {
  isBand,
  phaseHorizon,
  phasingMethodsFor,
  type AggregationKind,
  type Calendar,
  type Direction,
  type KpiTarget,
  type Period,
  type ProblemIssue,
} from '@vitals/core';
import { badRequest, conflict } from '../../http/problem';

/** What a target is checked against: the workspace calendar, the metric's kind, the KPI's direction. */
export interface TargetCheckContext {
  calendar: Calendar;
  kind: AggregationKind;
  direction: Direction;
  /** The KPI's other targets (without the one being changed). */
  others: KpiTarget[];
}

export type TargetCandidate = Pick<
  KpiTarget,
  'grain' | 'periodKey' | 'effectiveFrom' | 'value' | 'phasing'
>;

function parseKey(calendar: Calendar, key: string): Period | string {
  try {
    return calendar.parseKey(key);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function shapeProblems(t: TargetCandidate, direction: Direction): ProblemIssue[] {
  const band = direction === 'within_band';
  const wrong = (pointer: string): ProblemIssue => ({
    pointer,
    message: band
      ? 'a within_band KPI needs a band { lower, upper } here'
      : `a ${direction} KPI needs a single number here, not a band`,
  });
  const issues: ProblemIssue[] = [];
  if (isBand(t.value) !== band) issues.push(wrong('/body/value'));
  if (t.phasing?.method === 'ramp' && isBand(t.phasing.from) !== band) {
    issues.push(wrong('/body/phasing/from'));
  }
  return issues;
}

/** The horizon's sub-periods phase as asked: the grain nests, the method fits, the counts agree. */
function horizonProblems(t: TargetCandidate, ctx: TargetCheckContext): ProblemIssue[] {
  const { phasing } = t;
  if (!phasing || t.periodKey === null) return [];
  const methods = phasingMethodsFor(ctx.kind);
  if (!methods.includes(phasing.method)) {
    const article = /^[aeiou]/.test(ctx.kind) ? 'an' : 'a';
    const message = `"${phasing.method}" does not fit ${article} ${ctx.kind} metric; use ${methods.join(', ')}`;
    return [{ pointer: '/body/phasing/method', message }];
  }
  // last_year's shape is read at evaluation time; here only the horizon's sub-periods matter.
  const core = phasing.method === 'last_year' ? { method: 'even' as const } : phasing;
  try {
    phaseHorizon(
      { horizon: t.periodKey, grain: t.grain, total: t.value, phasing: core },
      ctx.calendar,
      ctx.kind,
    );
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const field = /^phasing\.(\w+)/.exec(message)?.[1];
    return [{ pointer: field ? `/body/phasing/${field}` : '/body/grain', message }];
  }
}

/** Where the target applies exists in the calendar at its grain. */
function placementProblems(t: TargetCandidate, ctx: TargetCheckContext): ProblemIssue[] {
  const { calendar } = ctx;
  if (t.effectiveFrom !== null) {
    const start = calendar.periodOf(t.effectiveFrom, t.grain).start;
    if (start === t.effectiveFrom) return [];
    const message = `${t.effectiveFrom} is not the first day of a ${t.grain} (that ${t.grain} starts ${start})`;
    return [{ pointer: '/body/effectiveFrom', message }];
  }
  if (t.periodKey === null) return [];
  const period = parseKey(calendar, t.periodKey);
  if (typeof period === 'string') return [{ pointer: '/body/periodKey', message: period }];
  if (t.phasing === null && period.grain !== t.grain) {
    const message = `"${t.periodKey}" is a ${period.grain}, not a ${t.grain}: give grain ${period.grain}, or a ${t.grain} key`;
    return [{ pointer: '/body/periodKey', message }];
  }
  return horizonProblems(t, ctx);
}

/** Another target already sets the same slot, or another horizon overlaps this one. */
function clashes(t: TargetCandidate, ctx: TargetCheckContext): ProblemIssue[] {
  const same = ctx.others.find(
    (o) =>
      o.grain === t.grain &&
      ((t.periodKey !== null && o.periodKey === t.periodKey) ||
        (t.effectiveFrom !== null && o.effectiveFrom === t.effectiveFrom)),
  );
  if (same) {
    const pointer = t.periodKey !== null ? '/body/periodKey' : '/body/effectiveFrom';
    const where = t.periodKey ?? `from ${t.effectiveFrom}`;
    const message = `the KPI already has a ${t.grain} target ${where} (target ${same.id}); change that one instead`;
    return [{ pointer, message }];
  }
  if (t.phasing === null || t.periodKey === null) return [];
  const mine = ctx.calendar.parseKey(t.periodKey);
  for (const o of ctx.others) {
    if (o.phasing === null || o.periodKey === null) continue;
    // A stored key the calendar no longer reads (its settings changed) cannot overlap anything.
    const theirs = parseKey(ctx.calendar, o.periodKey);
    if (typeof theirs === 'string') continue;
    if (mine.start < theirs.end && theirs.start < mine.end) {
      const message = `overlaps the phased target for ${o.periodKey} (target ${o.id}); horizons must not overlap`;
      return [{ pointer: '/body/periodKey', message }];
    }
  }
  return [];
}

/**
 * Throws 400 naming each bad field, or 409 when the target collides with another of the KPI's
 * targets; returns when the target can be stored.
 */
export function checkTarget(t: TargetCandidate, ctx: TargetCheckContext): void {
  const issues = [...shapeProblems(t, ctx.direction), ...placementProblems(t, ctx)];
  const first = issues[0];
  if (first) throw badRequest(`${first.pointer}: ${first.message}`, issues);
  const clash = clashes(t, ctx)[0];
  if (clash) throw conflict(clash.message, [clash]);
}
