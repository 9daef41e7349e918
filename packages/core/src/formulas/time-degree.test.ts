import { describe, expect, it } from 'vitest';
import type { AggregationKind } from '../aggregation/kind';
import { parseFormula } from './parse';
import { formulaKind, formulaTimeDegree } from './time-degree';

const KINDS: Record<string, AggregationKind> = {
  revenue: 'sum',
  cogs: 'sum',
  spend: 'sum',
  new_customers: 'sum',
  lost: 'sum',
  customers_at_start: 'first',
  mrr: 'last',
  customers: 'last',
  inventory: 'average',
  users: 'distinct',
};
const kindOf = (key: string) => KINDS[key];
const degree = (text: string) => formulaTimeDegree(parseFormula(text).ast, kindOf);
const kind = (text: string) => formulaKind(parseFormula(text).ast, kindOf);

describe('formulaTimeDegree: how a formula grows with its window', () => {
  it('grows in proportion for flows and flows over stocks', () => {
    expect(degree('revenue - cogs')).toBe(1);
    // A month's churn: its losses over its opening customers; ten days show about a third.
    expect(degree('lost / customers_at_start * 100')).toBe(1);
    expect(degree('revenue / customers')).toBe(1);
    expect(degree('div(revenue, customers, 0)')).toBe(1);
    expect(degree('users')).toBe(1);
    expect(degree('revenue * 2 + 1')).toBe(1);
  });

  it('does not grow for flows over flows, stocks and levels', () => {
    expect(degree('(revenue - cogs) / revenue * 100')).toBe(0);
    expect(degree('spend / new_customers')).toBe(0);
    expect(degree('mrr * 12')).toBe(0);
    expect(degree('round(inventory, 1)')).toBe(0);
    expect(degree('max(mrr, customers)')).toBe(0);
  });

  it('is neither for mixtures, stocks over flows and unknown keys', () => {
    expect(degree('customers_at_start + lost')).toBeNull();
    expect(degree('inventory / cogs * 30')).toBeNull();
    expect(degree('revenue * cogs')).toBeNull();
    expect(degree('revenue / unknown_key')).toBeNull();
    // Growth vs the previous period mixes a running flow with a fixed one.
    expect(degree('(revenue - prev(revenue)) / prev(revenue)')).toBeNull();
  });
});

describe('formulaKind: what a formula behaves like for pacing and targets', () => {
  it('paces churn like a flow, margins and CAC as levels, ARR as a stock', () => {
    expect(kind('lost / customers_at_start * 100')).toBe('sum');
    expect(kind('revenue - cogs')).toBe('sum');
    expect(kind('(revenue - cogs) / revenue * 100')).toBe('ratio');
    expect(kind('spend / new_customers')).toBe('ratio');
    expect(kind('mrr * 12')).toBe('last');
    // A stock over a stock is a level (a schedule performance index), not a stock to pace.
    expect(kind('mrr / customers')).toBe('ratio');
    expect(kind('customers_at_start + 0')).toBe('first');
    expect(kind('customers_at_start + lost')).toBe('ratio');
  });
});
