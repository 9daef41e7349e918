import { describe, expect, it } from 'vitest';
import { grainsFor } from './grains';

describe('grainsFor', () => {
  it('offers the base grain and every coarser grain it rolls up into', () => {
    expect(grainsFor('day')).toEqual(['day', 'week', 'month', 'quarter', 'year']);
    expect(grainsFor('month')).toEqual(['month', 'quarter', 'year']);
    expect(grainsFor('week')).toEqual(['week']);
  });
});
