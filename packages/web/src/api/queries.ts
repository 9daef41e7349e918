/** Query keys in one place, so a mutation invalidates exactly what it changed. */
export const queryKeys = {
  setupState: ['setup-state'] as const,
  session: ['session'] as const,
  workspace: ['workspace'] as const,
  tokens: ['tokens'] as const,
};
