import { GRAINS, grainRank, type Grain } from '@vitals/core';

/**
 * The grains a metric stored at `base` can be shown at: its own and every coarser one it rolls up
 * into (weeks do not split into months, so a weekly metric is shown by week only).
 * @example grainsFor('day'); // ['day', 'week', 'month', 'quarter', 'year']
 */
export function grainsFor(base: Grain): Grain[] {
  return GRAINS.filter(
    (grain) => grainRank(grain) >= grainRank(base) && (base !== 'week' || grain === 'week'),
  );
}
