import type { KpiStatus } from '@vitals/core';
import type { IconName } from '../components/Icon';

/** How a status looks: a word, an icon and a colour token, so it never rests on colour alone. */
export interface StatusPresentation {
  status: KpiStatus;
  label: string;
  icon: IconName;
  /** CSS custom properties from styles/tokens.css. */
  colorToken: string;
  backgroundToken: string;
  /** A sentence for tooltips and screen readers. */
  description: string;
}

const PRESENTATIONS: Record<KpiStatus, Omit<StatusPresentation, 'status'>> = {
  on_track: {
    label: 'On track',
    icon: 'check',
    colorToken: '--status-on-track',
    backgroundToken: '--status-on-track-bg',
    description: 'At or ahead of the expected value for this point in the period.',
  },
  at_risk: {
    label: 'At risk',
    icon: 'alert',
    colorToken: '--status-at-risk',
    backgroundToken: '--status-at-risk-bg',
    description: 'Behind the expected value, but within the at-risk threshold.',
  },
  off_track: {
    label: 'Off track',
    icon: 'cross',
    colorToken: '--status-off-track',
    backgroundToken: '--status-off-track-bg',
    description: 'Behind the expected value by more than the at-risk threshold.',
  },
  no_data: {
    label: 'No data',
    icon: 'circleDash',
    colorToken: '--status-no-data',
    backgroundToken: '--status-no-data-bg',
    description: 'No data for this period, so no status can be judged.',
  },
  stale: {
    label: 'Stale',
    icon: 'clock',
    colorToken: '--status-stale',
    backgroundToken: '--status-stale-bg',
    description: 'The latest data is older than the review cadence allows.',
  },
};

export function presentStatus(status: KpiStatus): StatusPresentation {
  return { status, ...PRESENTATIONS[status] };
}
