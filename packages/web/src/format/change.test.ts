import { describe, expect, it } from 'vitest';
import { presentComparison } from './change';
import type { NumberContext } from './number';

const context: NumberContext = { locale: 'en-US', currency: 'USD' };
const against = 'vs previous period';

describe('presentComparison', () => {
  it('colours a rise green when higher is better', () => {
    const p = presentComparison({
      current: 110,
      base: 100,
      direction: 'higher_is_better',
      unit: { kind: 'currency' },
      context,
      against,
    });
    expect(p).toMatchObject({ text: '+10%', icon: 'arrowUp', tone: 'better' });
    expect(p.colorToken).toBe('--change-better');
    expect(p.description).toBe('up 10% vs previous period, better');
  });

  it('colours a fall green when lower is better: by direction, not by sign', () => {
    const p = presentComparison({
      current: 18,
      base: 20,
      direction: 'lower_is_better',
      unit: { kind: 'count' },
      context,
      against,
    });
    expect(p).toMatchObject({ text: '−10%', icon: 'arrowDown', tone: 'better' });
  });

  it('colours a rise red when lower is better', () => {
    const p = presentComparison({
      current: 22,
      base: 20,
      direction: 'lower_is_better',
      unit: { kind: 'count' },
      context,
      against: 'vs last year',
    });
    expect(p).toMatchObject({ text: '+10%', icon: 'arrowUp', tone: 'worse' });
    expect(p.description).toBe('up 10% vs last year, worse');
  });

  it('judges within-band KPIs by the distance to the band', () => {
    const p = presentComparison({
      current: 105,
      base: 120,
      direction: 'within_band',
      band: { lower: 90, upper: 110 },
      unit: { kind: 'number' },
      context,
      against,
    });
    expect(p.tone).toBe('better');
    expect(p.icon).toBe('arrowDown');
  });

  it('shows percent KPIs changing in percentage points', () => {
    const p = presentComparison({
      current: 4.5,
      base: 5.7,
      direction: 'lower_is_better',
      unit: { kind: 'percent' },
      context,
      against,
    });
    expect(p).toMatchObject({ text: '−1.2 pp', tone: 'better' });
  });

  it('falls back to the absolute change from a zero base', () => {
    const p = presentComparison({
      current: 1500,
      base: 0,
      direction: 'higher_is_better',
      unit: { kind: 'currency' },
      context,
      against,
    });
    expect(p).toMatchObject({ text: '+$1.5k', tone: 'better' });
  });

  it('is neutral when nothing changed or a value is missing', () => {
    const same = presentComparison({
      current: 5,
      base: 5,
      direction: 'higher_is_better',
      unit: { kind: 'count' },
      context,
      against,
    });
    expect(same).toMatchObject({ tone: 'neutral', icon: 'arrowRight' });
    expect(same.description).toBe('unchanged vs previous period, no change');
    const missing = presentComparison({
      current: null,
      base: 5,
      direction: 'higher_is_better',
      unit: { kind: 'count' },
      context,
      against,
    });
    expect(missing).toMatchObject({ text: '—', icon: null, tone: 'neutral' });
  });
});
