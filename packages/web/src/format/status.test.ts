import { KPI_STATUSES } from '@vitals/core';
import { describe, expect, it } from 'vitest';
import { presentStatus } from './status';

describe('presentStatus', () => {
  it('gives every status a word, an icon and a colour of its own — never colour alone', () => {
    const all = KPI_STATUSES.map(presentStatus);
    for (const p of all) {
      expect(p.label).not.toBe('');
      expect(p.description).not.toBe('');
      expect(p.colorToken).toMatch(/^--status-/);
    }
    expect(new Set(all.map((p) => p.icon)).size).toBe(KPI_STATUSES.length);
    expect(new Set(all.map((p) => p.label)).size).toBe(KPI_STATUSES.length);
    expect(new Set(all.map((p) => p.colorToken)).size).toBe(KPI_STATUSES.length);
  });

  it('names the statuses plainly', () => {
    expect(presentStatus('on_track')).toMatchObject({ label: 'On track', icon: 'check' });
    expect(presentStatus('off_track')).toMatchObject({ label: 'Off track', icon: 'cross' });
    expect(presentStatus('stale')).toMatchObject({ label: 'Stale', icon: 'clock' });
  });
});
