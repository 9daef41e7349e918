import type { Team } from '@vitals/core';

export interface TeamNode {
  team: Team;
  children: TeamNode[];
  depth: number;
}

const byName = (a: TeamNode, b: TeamNode) => a.team.name.localeCompare(b.team.name);

/**
 * The teams as a tree, each level by name. A team whose parent is not in the list is shown at the
 * top, so nothing disappears; a cycle (which the server refuses) cannot loop here either.
 */
export function buildTeamTree(teams: readonly Team[]): TeamNode[] {
  const nodes = new Map(
    teams.map((team) => [team.id, { team, children: [], depth: 0 } as TeamNode]),
  );
  const roots: TeamNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.team.parentId ? nodes.get(node.team.parentId) : undefined;
    if (parent && !isAncestor(node, parent, nodes)) parent.children.push(node);
    else roots.push(node);
  }
  const settle = (list: TeamNode[], depth: number) => {
    list.sort(byName);
    for (const node of list) {
      node.depth = depth;
      settle(node.children, depth + 1);
    }
  };
  settle(roots, 0);
  return roots;
}

/** True when `node` is `candidate` or one of its ancestors (following parent ids). */
function isAncestor(node: TeamNode, candidate: TeamNode, nodes: Map<string, TeamNode>): boolean {
  const seen = new Set<string>();
  let current: TeamNode | undefined = candidate;
  while (current && !seen.has(current.team.id)) {
    if (current === node) return true;
    seen.add(current.team.id);
    current = current.team.parentId ? nodes.get(current.team.parentId) : undefined;
  }
  return false;
}

/** The tree in reading order (a team, then its sub-teams). */
export function flattenTree(roots: readonly TeamNode[]): TeamNode[] {
  return roots.flatMap((node) => [node, ...flattenTree(node.children)]);
}

/** The ids of a team and every team under it: a team cannot move under any of them. */
export function subtreeIds(teamId: string, teams: readonly Team[]): Set<string> {
  const ids = new Set([teamId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const team of teams) {
      if (team.parentId && ids.has(team.parentId) && !ids.has(team.id)) {
        ids.add(team.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** "Acme › Sales › EU sales": where a team sits. */
export function teamPath(teamId: string, teams: readonly Team[]): string {
  const byId = new Map(teams.map((t) => [t.id, t]));
  const names: string[] = [];
  const seen = new Set<string>();
  let current = byId.get(teamId);
  while (current && !seen.has(current.id)) {
    names.unshift(current.name);
    seen.add(current.id);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return names.join(' › ');
}
