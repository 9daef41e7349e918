import { randomBytes } from 'node:crypto';
import type { Caller } from '../../http/access';
import { HttpProblem } from '../../http/problem';
import { isoNow, type ServiceDeps } from '../deps';
import { AuthRepository } from './auth.repository';
import { verifyPassword } from './passwords';
import { hashSecret, newSecret } from './secrets';

const SESSION_DAYS = 14;
const DAY_MS = 86_400_000;
/** A session's expiry slides forward at most this often, so reads do not all become writes. */
const TOUCH_EVERY_MS = 60 * 60 * 1000;
/** A token's last use is recorded to the minute, for the same reason. */
const TOKEN_USE_RESOLUTION_MS = 60 * 1000;

export interface SignedIn {
  sessionSecret: string;
  csrfToken: string;
  expiresAt: string;
  userId: string;
}

/** Sign-in, sign-out, and turning a cookie or bearer token into a caller. */
export class AuthService {
  private readonly repo: AuthRepository;

  constructor(private readonly deps: ServiceDeps) {
    this.repo = new AuthRepository(deps.db);
  }

  /** One answer for an unknown email and a wrong password, in the same time. */
  async signIn(email: string, password: string): Promise<SignedIn> {
    const user = await this.repo.findUserByEmail(email.toLowerCase());
    const ok = await verifyPassword(user?.password_hash ?? null, password);
    if (!user || !ok) {
      throw new HttpProblem(401, 'unauthenticated', 'The email or the password is wrong');
    }
    return this.startSession(user.id);
  }

  /** A new session for a person whose identity was just proven (password or invitation link). */
  async startSession(userId: string): Promise<SignedIn> {
    const { secret, hash } = newSecret('vs_');
    const csrfToken = randomBytes(24).toString('base64url');
    const now = this.deps.now();
    const expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY_MS).toISOString();
    await this.repo.insertSession({
      id: this.deps.newId(),
      token_hash: hash,
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      last_seen_at: now.toISOString(),
    });
    return { sessionSecret: secret, csrfToken, expiresAt, userId };
  }

  async signOut(sessionSecret: string): Promise<void> {
    await this.repo.deleteSession(hashSecret(sessionSecret));
  }

  async sessionCaller(sessionSecret: string): Promise<Caller | null> {
    const now = this.deps.now();
    const row = await this.repo.findSession(hashSecret(sessionSecret), now.toISOString());
    if (!row) return null;
    if (now.getTime() - Date.parse(row.lastSeenAt) > TOUCH_EVERY_MS) {
      const expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY_MS).toISOString();
      await this.repo.touchSession(row.sessionId, now.toISOString(), expiresAt);
    }
    return {
      kind: 'session',
      workspaceId: row.workspaceId,
      userId: row.userId,
      role: row.role,
      csrfToken: row.csrfToken,
      sessionId: row.sessionId,
    };
  }

  async tokenCaller(secret: string): Promise<Caller | null> {
    const nowIso = isoNow(this.deps);
    const row = await this.repo.findToken(hashSecret(secret), nowIso);
    if (!row) return null;
    const lastUsed = row.lastUsedAt ? Date.parse(row.lastUsedAt) : 0;
    if (Date.parse(nowIso) - lastUsed >= TOKEN_USE_RESOLUTION_MS) {
      await this.repo.markTokenUsed(row.tokenId, nowIso);
    }
    return {
      kind: 'token',
      workspaceId: row.workspaceId,
      userId: row.userId,
      // A token never does more than the user who made it may do.
      role: row.role,
      scope: row.scope,
      tokenId: row.tokenId,
    };
  }
}
