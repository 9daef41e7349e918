import type { KpiTarget } from '@vitals/core';
import { describe, expect, it } from 'vitest';
import type { NumberContext } from '../../format/number';
import { cardFixture } from '../cards/card.fixture';
import { boundariesText, explainPeriod, thresholdsText } from './explain-model';

const context: NumberContext = { locale: 'en-US', currency: 'USD' };
const thresholds = { onTrack: 1, atRisk: 0.9 };
const TARGET_ID = '0190a4b2-0000-7000-8000-0000000000c1';

describe('explainPeriod', () => {
  const period = cardFixture().current;
  const rows = explainPeriod({
    period,
    direction: 'higher_is_better',
    thresholds,
    unit: { kind: 'currency', decimals: 0 },
    context,
    resolution: {
      period: period.period,
      value: 300_000,
      rule: 'direct',
      explanation: '',
      sources: [
        {
          targetId: TARGET_ID,
          rule: 'effective',
          periodKey: '2026-11',
          value: 300_000,
          share: 1,
          contribution: 300_000,
        },
      ],
    },
    targets: [{ id: TARGET_ID, basis: 'past_performance', note: 'last year + 10 %' } as KpiTarget],
  });
  const detail = (term: string) => rows.find((r) => r.term === term)?.detail;

  it('says which days and how many data points the actual covers', () => {
    expect(detail('Period')).toBe(
      'Nov 2026 (Nov 1 – 30, 2026), running: 33.3% of the month has gone by.',
    );
    expect(detail('Actual')).toBe('$105,000 from 10 data points so far.');
  });

  it('names the target, where it comes from and its basis', () => {
    expect(detail('Target')).toBe(
      '$300k for the month: 2026-11 = 300000 (month target effective from 2026-01-01).',
    );
    expect(detail('Set by')).toBe(
      '2026-11 = $300k, a standing target in effect; basis: past performance (“last year + 10 %”).',
    );
  });

  it('explains pacing, attainment, thresholds, zones and the status', () => {
    expect(detail('Expected to date')).toBe(
      "$100k: the period's target spread over the days gone by its phasing.",
    );
    expect(detail('Attainment')).toBe('105% of the expected-to-date.');
    expect(detail('Zones')).toBe(
      'On track: $100,000 or more; at risk: $90,000 – $100,000; off track: below $90,000.',
    );
    expect(detail('Status')).toBe(
      'On track: judged from the actual against the expected value and the thresholds.',
    );
    expect(detail('Compared with')).toBe(
      'previous month: Oct 1 – 10, 2026 ($100,000); last year: Nov 1 – 10, 2025 ($120,000); like for like: the same number of days.',
    );
  });
});

describe('explainPeriod target line', () => {
  it('formats the values of the explanation by the unit', () => {
    const period = {
      ...cardFixture().current,
      targetExplanation: '2026-11 = 90609.63 (phased from 2026 by even)',
      targetExplanationParts: [
        { text: '2026-11 = ' },
        { value: 90609.6275 },
        { text: ' (phased from 2026 by even)' },
      ],
    };
    const rows = explainPeriod({
      period,
      direction: 'higher_is_better',
      thresholds,
      unit: { kind: 'currency' },
      context,
    });
    expect(rows.find((r) => r.term === 'Target')?.detail).toBe(
      '$300k for the month: 2026-11 = $90,609.63 (phased from 2026 by even).',
    );
  });
});

describe('thresholdsText and boundariesText', () => {
  it('mirrors the thresholds for lower-is-better KPIs', () => {
    expect(thresholdsText(thresholds, 'lower_is_better')).toBe(
      'On track at up to 100% of the expected value; at risk up to 110%; off track above.',
    );
    expect(thresholdsText(thresholds, 'higher_is_better')).toBe(
      'On track at 100% of the expected value or more; at risk from 90%; off track below.',
    );
  });

  it('describes the zones of each direction', () => {
    const unit = { kind: 'count' } as const;
    expect(
      boundariesText(
        { onTrack: { min: 100, max: null }, atRisk: { min: 90, max: null } },
        unit,
        context,
      ),
    ).toBe('On track: 100 or more; at risk: 90 – 100; off track: below 90');
    expect(
      boundariesText(
        { onTrack: { min: null, max: 20 }, atRisk: { min: null, max: 22 } },
        unit,
        context,
      ),
    ).toBe('On track: up to 20; at risk: 20 – 22; off track: above 22');
    expect(
      boundariesText(
        { onTrack: { min: 80, max: 90 }, atRisk: { min: 72, max: 99 } },
        unit,
        context,
      ),
    ).toBe('On track: 80 – 90; at risk: 72 – 80 or 90 – 99; off track: below 72 or above 99');
  });
});
