import { describe, expect, it } from 'vitest';
import type { NumberContext } from '../../format/number';
import { actorText, componentsText } from './data-point-text';

const context: NumberContext = { locale: 'en-US', currency: 'EUR' };

describe('componentsText', () => {
  it('reads each kind of stored value', () => {
    expect(componentsText({ sum: 1200 }, { kind: 'currency' }, context)).toBe('€1,200.00');
    expect(componentsText({ sum: 300, count: 4 }, { kind: 'duration' }, context)).toBe(
      '1 min 15 s (average of 4)',
    );
    expect(componentsText({ numerator: 10, denominator: 400 }, { kind: 'percent' }, context)).toBe(
      '10 / 400',
    );
    expect(componentsText({ value: 42, at: '2026-11-03' }, { kind: 'count' }, context)).toBe(
      '42 at 2026-11-03',
    );
  });
});

describe('actorText', () => {
  it('names people, tokens and the system', () => {
    const names = new Map([['u1', 'Ada Admin']]);
    expect(actorText('user:u1', names)).toBe('Ada Admin');
    expect(actorText('user:u2', names)).toBe('a person');
    expect(actorText('token:t1', names)).toBe('an API token');
    expect(actorText('system:sample', names)).toBe('the system (sample)');
  });
});
