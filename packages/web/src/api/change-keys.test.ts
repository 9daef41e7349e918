import { describe, expect, it } from 'vitest';
import { staleOf, staleOfEvent } from './change-keys';

describe('staleOf', () => {
  it('refetches evaluations, series, data points and target resolutions after new data', () => {
    expect(staleOf(['data'])).toEqual({
      all: false,
      keys: [['evaluation'], ['series'], ['data-points'], ['targets']],
    });
  });

  it('names each key once across kinds', () => {
    expect(staleOf(['targets', 'kpis'])).toEqual({
      all: false,
      keys: [['targets'], ['evaluation'], ['kpis'], ['dashboards']],
    });
    expect(staleOf(['dashboards'])).toEqual({ all: false, keys: [['dashboards']] });
  });

  it('refetches everything after settings change or the sample workspace arrives', () => {
    expect(staleOf(['data', 'workspace'])).toEqual({ all: true });
    expect(staleOf(['sample'])).toEqual({ all: true });
  });
});

describe('staleOfEvent', () => {
  it('reads the version and kinds of a change event', () => {
    expect(staleOfEvent('{"version":7,"kinds":["metrics"]}')).toEqual({
      version: 7,
      stale: {
        all: false,
        keys: [['metrics'], ['evaluation'], ['series'], ['data-points']],
      },
    });
  });

  it('refetches everything for a kind it does not know, keeping the version', () => {
    expect(staleOfEvent('{"version":8,"kinds":["forecasts"]}')).toEqual({
      version: 8,
      stale: { all: true },
    });
    expect(staleOfEvent('{"kinds":[]}')).toEqual({ version: null, stale: { all: true } });
  });

  it('ignores data that is not JSON', () => {
    expect(staleOfEvent('not json')).toBeNull();
  });
});
