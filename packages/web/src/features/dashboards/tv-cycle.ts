/**
 * The dashboards TV mode goes through: `?cycle=id1,id2` (the current one first if the list lacks
 * it), without repeats. Just the current dashboard when there is no cycle.
 */
export function cycleOf(currentId: string, cycleParam: string | null): string[] {
  const listed = (cycleParam ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const unique = [...new Set(listed)];
  return unique.includes(currentId) ? unique : [currentId, ...unique];
}

/** The dashboard after the current one, round and round. */
export function nextInCycle(cycle: readonly string[], currentId: string): string {
  const index = cycle.indexOf(currentId);
  return cycle[(index + 1) % cycle.length] ?? currentId;
}

/** The address of a dashboard in TV mode, keeping the cycle. */
export function tvPath(id: string, cycle: readonly string[]): string {
  const query = cycle.length > 1 ? `?cycle=${cycle.map(encodeURIComponent).join(',')}` : '';
  return `/dashboards/${encodeURIComponent(id)}/tv${query}`;
}
