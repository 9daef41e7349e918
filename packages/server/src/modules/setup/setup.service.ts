import { timingSafeEqual, randomBytes } from 'node:crypto';
import type { SetupRequest, Workspace } from '@vitals/core';
import { HttpProblem } from '../../http/problem';
import { recordAudit } from '../audit/audit.repository';
import { hashPassword } from '../auth/passwords';
import { isoNow, type ServiceDeps } from '../deps';
import { WorkspaceRepository } from '../workspace/workspace.repository';

/**
 * First start: until a workspace exists the server prints a one-time setup link; whoever opens it
 * creates the workspace and its admin. The token lives in this process's memory only.
 */
export class SetupService {
  private setUp = false;
  private token: string | undefined;

  constructor(private readonly deps: ServiceDeps) {}

  async isSetUp(): Promise<boolean> {
    if (!this.setUp)
      this.setUp = (await new WorkspaceRepository(this.deps.db).first()) !== undefined;
    return this.setUp;
  }

  /** The token of the setup link, made on first ask; undefined once set up. */
  async setupToken(): Promise<string | undefined> {
    if (await this.isSetUp()) return undefined;
    this.token ??= randomBytes(18).toString('base64url');
    return this.token;
  }

  /** Creates the workspace and its admin in one transaction; the link works once. */
  async complete(input: SetupRequest): Promise<{ workspace: Workspace; adminId: string }> {
    if (await this.isSetUp()) {
      throw new HttpProblem(409, 'conflict', 'Vitals is already set up; sign in instead');
    }
    if (!this.token || !sameSecret(this.token, input.token)) {
      throw new HttpProblem(
        403,
        'forbidden',
        'The setup token is wrong; use the link the server printed',
        [{ pointer: '/body/token', message: 'does not match the setup link' }],
      );
    }
    const now = isoNow(this.deps);
    const workspace: Workspace = {
      id: this.deps.newId(),
      ...input.workspace,
      createdAt: now,
      updatedAt: now,
    };
    const adminId = this.deps.newId();
    const passwordHash = await hashPassword(input.admin.password);
    await this.deps.db.transaction().execute(async (trx) => {
      await new WorkspaceRepository(trx).insert(workspace);
      await trx
        .insertInto('users')
        .values({
          id: adminId,
          workspace_id: workspace.id,
          email: input.admin.email,
          name: input.admin.name,
          role: 'admin',
          password_hash: passwordHash,
          created_at: now,
          updated_at: now,
          archived_at: null,
        })
        .execute();
      const actor = `user:${adminId}`;
      await recordAudit(trx, {
        id: this.deps.newId(),
        workspaceId: workspace.id,
        entity: 'workspace',
        entityId: workspace.id,
        action: 'create',
        before: null,
        after: workspace,
        actor,
        at: now,
      });
      await recordAudit(trx, {
        id: this.deps.newId(),
        workspaceId: workspace.id,
        entity: 'user',
        entityId: adminId,
        action: 'create',
        before: null,
        after: { email: input.admin.email, name: input.admin.name, role: 'admin' },
        actor,
        at: now,
      });
    });
    this.setUp = true;
    this.token = undefined;
    return { workspace, adminId };
  }
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
