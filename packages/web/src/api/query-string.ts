type QueryValue = string | number | boolean | null | undefined | readonly string[];

/**
 * `?a=1&b=x` from an object, leaving out undefined and null; arrays repeat the name
 * (`filter[region]=EU&filter[region]=UK`), as the server's list and series queries expect.
 * @example withQuery('/api/kpis', { limit: 500, teamId: undefined }); // "/api/kpis?limit=500"
 */
export function withQuery(path: string, params: Readonly<Record<string, QueryValue>>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) search.append(name, item);
    else search.append(name, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** `{ region: 'EU' }` → `{ 'filter[region]': ['EU'] }`: a KPI's dimension filter as query parameters. */
export function filterParams(
  filter: Readonly<Record<string, string | readonly string[]>>,
): Record<string, readonly string[]> {
  const params: Record<string, readonly string[]> = {};
  for (const [name, value] of Object.entries(filter)) {
    params[`filter[${name}]`] = typeof value === 'string' ? [value] : value;
  }
  return params;
}
