import type { ListResponse } from '@vitals/core';
import { badRequest } from './problem';

/**
 * Cursors are opaque to clients; inside they hold the offset of the next page. Lists here are
 * small (KPIs, metrics, users), so offsets are cheap and stable enough under the list's sort.
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

function decodeCursor(cursor: string): number {
  try {
    const { o } = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { o?: unknown };
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o;
  } catch {
    // fall through to the error below
  }
  throw badRequest('The cursor is not one this server gave out', [
    { pointer: '/querystring/cursor', message: 'use nextCursor from the previous page' },
  ]);
}

export interface PageWindow {
  limit: number;
  offset: number;
}

/** Where a page starts: from `cursor` or `offset`, default the first page. */
export function pageWindow(query: { limit: number; cursor?: string; offset?: number }): PageWindow {
  return {
    limit: query.limit,
    offset: query.cursor ? decodeCursor(query.cursor) : (query.offset ?? 0),
  };
}

/**
 * Turns `limit + 1` fetched rows into a page: the extra row only tells that a next page exists.
 * @example toPage(rows, { limit: 50, offset: 0 }, toKpi)
 */
export function toPage<Row, Item>(
  rows: Row[],
  window: PageWindow,
  map: (row: Row) => Item,
): ListResponse<Item> {
  const more = rows.length > window.limit;
  return {
    items: rows.slice(0, window.limit).map(map),
    nextCursor: more ? encodeCursor(window.offset + window.limit) : null,
  };
}
