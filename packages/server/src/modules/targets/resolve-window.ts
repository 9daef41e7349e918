import type { Calendar, Period, ProblemIssue, TargetResolveQuery } from '@vitals/core';
import { badRequest } from '../../http/problem';

/** Most periods one resolve request may ask for: three years of days and then some. */
export const MAX_RESOLVE_PERIODS = 2000;

function periodAt(
  calendar: Calendar,
  key: string,
  query: TargetResolveQuery,
  field: 'from' | 'to',
  issues: ProblemIssue[],
): Period | undefined {
  const pointer = `/querystring/${field}`;
  try {
    const period = calendar.parseKey(key);
    if (period.grain === query.grain) return period;
    issues.push({ pointer, message: `"${key}" is a ${period.grain}, not a ${query.grain}` });
  } catch (error) {
    issues.push({ pointer, message: error instanceof Error ? error.message : String(error) });
  }
  return undefined;
}

/** The periods `from`…`to` (both included) of a resolve request, or a 400 naming the bad field. */
export function resolveWindow(calendar: Calendar, query: TargetResolveQuery): Period[] {
  const issues: ProblemIssue[] = [];
  const from = periodAt(calendar, query.from, query, 'from', issues);
  const to = periodAt(calendar, query.to, query, 'to', issues);
  if (from && to && to.start < from.start) {
    issues.push({ pointer: '/querystring/to', message: `${query.to} is before ${query.from}` });
  }
  const first = issues[0];
  if (first || !from || !to) {
    throw badRequest(first ? `${first.pointer}: ${first.message}` : 'bad range', issues);
  }
  const count = calendar.periodsIn(from.start, to.end, query.grain).length;
  if (count > MAX_RESOLVE_PERIODS) {
    const message = `asks for ${count} periods; at most ${MAX_RESOLVE_PERIODS} at a time`;
    throw badRequest(`/querystring/to: ${message}`, [{ pointer: '/querystring/to', message }]);
  }
  return calendar.periodsBetween(from, to);
}
