import { z } from 'zod';
import { idSchema, requiredText, storedFields, timestampSchema } from './common';
import { archivedFilterSchema, listQuerySchema, listResponseSchema } from './pagination';

/** Teams form a tree: the company at the root, departments under it, teams under those. */
export const TEAM_LEVELS = ['company', 'department', 'team'] as const;
export const teamLevelSchema = z.enum(TEAM_LEVELS, {
  error: 'must be company, department or team',
});
export type TeamLevel = z.infer<typeof teamLevelSchema>;

const teamFields = z.object({
  name: requiredText(120),
  /** null for the root (the company). */
  parentId: idSchema.nullable(),
  level: teamLevelSchema,
});

export const teamCreateSchema = z.object({
  ...teamFields.shape,
  parentId: idSchema.nullable().default(null),
  level: teamLevelSchema.default('team'),
});
export type TeamCreate = z.infer<typeof teamCreateSchema>;

export const teamUpdateSchema = teamFields.partial();
export type TeamUpdate = z.infer<typeof teamUpdateSchema>;

export const teamSchema = z.object({
  ...storedFields,
  workspaceId: idSchema,
  ...teamFields.shape,
  archivedAt: timestampSchema.nullable(),
});
export type Team = z.infer<typeof teamSchema>;

/** A person's place in a team; workspace-wide permissions come from the user's role. */
export const MEMBERSHIP_ROLES = ['lead', 'member'] as const;
export const membershipRoleSchema = z.enum(MEMBERSHIP_ROLES, { error: 'must be lead or member' });
export type MembershipRole = z.infer<typeof membershipRoleSchema>;

export const membershipCreateSchema = z.object({
  userId: idSchema,
  teamId: idSchema,
  role: membershipRoleSchema.default('member'),
});
export type MembershipCreate = z.infer<typeof membershipCreateSchema>;

export const membershipSchema = z.object({
  userId: idSchema,
  teamId: idSchema,
  role: membershipRoleSchema,
  createdAt: timestampSchema,
});
export type Membership = z.infer<typeof membershipSchema>;

/** `GET /api/teams`: paging, sort and filters (`parentId`: the direct children of a team). */
export const teamListQuerySchema = listQuerySchema(['name', 'createdAt'], {
  parentId: idSchema.optional(),
  level: teamLevelSchema.optional(),
  archived: archivedFilterSchema,
});
export type TeamListQuery = z.infer<typeof teamListQuerySchema>;

export const teamListSchema = listResponseSchema(teamSchema);

/** `PUT /api/teams/:id/members/:userId`: adds the user to the team or changes their role. */
export const membershipSetSchema = z.object({ role: membershipRoleSchema.default('member') });
export type MembershipSet = z.infer<typeof membershipSetSchema>;

/** A member as a team lists them: the membership with the person's name and email. */
export const teamMemberSchema = membershipSchema.extend({
  name: z.string(),
  email: z.string(),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

/** `GET /api/teams/:id/members`: by name or by when they joined; `role` keeps leads or members. */
export const teamMemberListQuerySchema = listQuerySchema(['name', 'createdAt'], {
  role: membershipRoleSchema.optional(),
});
export type TeamMemberListQuery = z.infer<typeof teamMemberListQuerySchema>;

export const teamMemberListSchema = listResponseSchema(teamMemberSchema);
