import type {
  KpiCard,
  KpiPeriodEvaluationDto,
  KpiRangeEvaluationDto,
  KpiStatus,
  Period,
} from '@vitals/core';

/** The evaluation a card shows, and why. */
export interface ShownEvaluation {
  evaluation: KpiPeriodEvaluationDto | KpiRangeEvaluationDto;
  /**
   * The running period that has no data yet, when the card shows the last complete period in its
   * place; null when the card shows what the summary asked for.
   */
  waitingFor: Period | null;
}

/**
 * Which evaluation a card shows. A running period without a single data point yet (a weekly KPI
 * on a Monday, any period just begun) would read "No data"; the card shows the last complete
 * period instead when that one has data. Stale KPIs stay as they are — their old data must not
 * look current — and so do ranges, running periods with data, and complete periods.
 */
export function chooseShown(card: KpiCard): ShownEvaluation {
  const { current, lastComplete } = card;
  const notYet =
    'period' in current &&
    current.phase === 'running' &&
    current.pointCount === 0 &&
    current.actual === null;
  if (notYet && !card.stale && lastComplete && lastComplete.pointCount > 0) {
    return { evaluation: lastComplete, waitingFor: current.period };
  }
  return { evaluation: current, waitingFor: null };
}

/**
 * The status a card shows (the last complete period's while the running one has no data yet):
 * what every list of KPIs counts, sorts and filters by, so Home and the KPI list agree.
 */
export const shownStatus = (card: KpiCard): KpiStatus => chooseShown(card).evaluation.status;
