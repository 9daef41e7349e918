import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The side effects every service gets passed in, so tests can set the clock and the ids. */
export interface ServiceDeps {
  db: Kysely<Database>;
  now: () => Date;
  newId: () => string;
}

export const isoNow = (deps: Pick<ServiceDeps, 'now'>): string => deps.now().toISOString();
