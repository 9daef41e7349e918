import { useMemo } from 'react';
import { useCurrentSession } from '../../app/session';
import type { NumberContext } from '../../format/number';

/** The workspace's locale and currency, for formatting numbers. */
export function useNumberContext(): NumberContext {
  const { workspace } = useCurrentSession();
  return useMemo(
    () => ({ locale: workspace.locale, currency: workspace.currency }),
    [workspace.locale, workspace.currency],
  );
}
