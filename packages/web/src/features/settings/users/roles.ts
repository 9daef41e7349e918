import type { UserRole } from '@vitals/core';

export const ROLE_LABELS: Record<UserRole, { label: string; description: string }> = {
  admin: {
    label: 'Admin',
    description: 'Everything, including people, teams, workspace settings and API tokens.',
  },
  editor: { label: 'Editor', description: 'Defines KPIs and targets, enters data, checks in.' },
  viewer: {
    label: 'Viewer',
    description: 'Reads everything; enters data and checks in only on the KPIs they own.',
  },
};
