import type { z } from 'zod';
import { ApiError, errorFromResponse } from './problem';

/**
 * The one way the web app reaches the server. Sends the session cookie (same origin), echoes the
 * CSRF token on state-changing requests, parses every answer with its core contract, and throws
 * an ApiError carrying the problem+json answer otherwise.
 */
let csrfToken: string | null = null;

/** Remembered from GET /api/auth/session or the sign-in and setup answers. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions<S extends z.ZodType> {
  /** The contract of a successful answer; omit for answers without a body (204). */
  schema?: S;
  body?: unknown;
  signal?: AbortSignal;
}

export async function apiRequest<S extends z.ZodType>(
  method: Method,
  path: string,
  options: RequestOptions<S> & { schema: S },
): Promise<z.output<S>>;
export async function apiRequest(
  method: Method,
  path: string,
  options?: RequestOptions<z.ZodType>,
): Promise<void>;
export async function apiRequest<S extends z.ZodType>(
  method: Method,
  path: string,
  options: RequestOptions<S> = {},
): Promise<z.output<S> | void> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'Cannot reach the Vitals server; check that it is running');
  }
  if (!response.ok) throw await errorFromResponse(response);
  if (!options.schema) return;
  const parsed = options.schema.safeParse(await response.json());
  if (!parsed.success) {
    throw new ApiError(response.status, `The server's answer to ${method} ${path} was unexpected`);
  }
  return parsed.data;
}
