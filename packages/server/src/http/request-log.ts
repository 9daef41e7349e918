import type { FastifyServerOptions } from 'fastify';

/** Where log lines go when not to standard output (tests read them). */
export interface LogStream {
  write(line: string): void;
}

export type LoggerSetting = boolean | { level: string; stream?: LogStream };

/** Invitation secrets in paths (`/api/invitations/vi_…`) and `token=` query values (setup, invite). */
const SECRETS = [/\bvi_[A-Za-z0-9_-]{43}/g, /([?&]token=)[^&#]*/gi];

/**
 * A URL without its link secrets. Whoever can read the server's log must not be able to use an
 * open invitation or setup link from it.
 */
export function withoutSecrets(url: string): string {
  const [invitation, query] = SECRETS as [RegExp, RegExp];
  return url.replace(query, '$1[secret]').replace(invitation, '[secret]');
}

/**
 * Fastify's logger setting: its request fields, with the URL's secrets blanked (the default
 * request serializer logs the raw URL of every request at `info`).
 */
export function loggerOptions(setting: LoggerSetting | undefined): FastifyServerOptions['logger'] {
  if (!setting) return false;
  const base = setting === true ? {} : setting;
  return {
    ...base,
    serializers: {
      req: (req: {
        method?: string;
        url?: string;
        host?: string;
        ip?: string;
        socket?: { remotePort?: number };
      }) => ({
        method: req.method,
        url: req.url === undefined ? undefined : withoutSecrets(req.url),
        host: req.host,
        remoteAddress: req.ip,
        remotePort: req.socket?.remotePort,
      }),
    },
  };
}
