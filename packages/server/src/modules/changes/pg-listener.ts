import pg from 'pg';
import { changeKindSchema } from '@vitals/core';
import { z } from 'zod';
import { CHANNEL_PREFIX, type WorkspaceVersion } from './changes.repository';

const payloadSchema = z.object({
  workspaceId: z.string(),
  version: z.number().int(),
  kinds: z.array(changeKindSchema),
});

/**
 * The change a NOTIFY carries, or null. Any role connected to the database may notify any channel,
 * so a payload that is not a change is dropped: thrown here, it would end the process.
 */
function changeOf(payload: string | undefined): WorkspaceVersion | null {
  let json: unknown;
  try {
    json = JSON.parse(payload ?? 'null');
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** How long to wait before listening again after the connection broke. */
const RECONNECT_MS = 1000;

/**
 * One PostgreSQL connection per process that LISTENs to the schema's change channel and hands
 * every NOTIFY (sent by a committing writer in any process) to `onChange`. When the connection
 * breaks it connects again and calls `onResync`, since changes may have passed unheard meanwhile.
 */
export class PgChangeListener {
  private client: pg.Client | null = null;
  private ready: Promise<void> | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly handlers: {
      onChange: (change: WorkspaceVersion) => void;
      onResync: () => void;
      onError: (error: Error) => void;
    },
  ) {}

  /** Resolves once the LISTEN is in place (a change committed after that is heard). */
  listening(): Promise<void> {
    this.ready ??= this.connect();
    return this.ready;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(this.config);
    client.on('notification', (message) => {
      const change = changeOf(message.payload);
      if (change) this.handlers.onChange(change);
    });
    client.on('error', (error) => this.broken(client, error));
    try {
      await client.connect();
      const { rows } = await client.query<{ schema: string }>('select current_schema() as schema');
      const channel = `${CHANNEL_PREFIX}${rows[0]?.schema ?? 'public'}`;
      await client.query(`listen "${channel.replaceAll('"', '""')}"`);
    } catch (error) {
      this.broken(client, error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
    if (this.stopped) await client.end();
    else this.client = client;
  }

  private broken(client: pg.Client, error: Error): void {
    if (this.stopped) return;
    this.handlers.onError(error);
    if (this.client === client) this.client = null;
    void client.end().catch(() => undefined);
    if (this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.stopped) return;
      this.ready = this.connect().then(this.handlers.onResync, () => undefined);
    }, RECONNECT_MS);
    this.retry.unref();
  }
}
