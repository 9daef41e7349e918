import { z } from 'zod';

/**
 * What a workspace change touched. A client refetches what depends on it; `sample` is the sample
 * workspace arriving (everything at once).
 */
export const changeKindSchema = z.enum([
  'data',
  'targets',
  'kpis',
  'metrics',
  'workspace',
  'dashboards',
  'sample',
]);
export type ChangeKind = z.infer<typeof changeKindSchema>;

/**
 * The `data` of an `event: change` on `GET /api/events`: the workspace's new change version (it
 * only goes up) and what the change touched.
 */
export const changeEventSchema = z.object({
  version: z.number().int().min(1),
  kinds: z.array(changeKindSchema).min(1),
});
export type ChangeEvent = z.infer<typeof changeEventSchema>;
