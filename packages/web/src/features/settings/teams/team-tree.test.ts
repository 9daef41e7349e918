import type { Team } from '@vitals/core';
import { describe, expect, it } from 'vitest';
import { buildTeamTree, flattenTree, subtreeIds, teamPath } from './team-tree';

const at = '2026-11-23T10:00:00.000Z';
const team = (id: string, name: string, parentId: string | null): Team => ({
  id,
  name,
  parentId,
  level: parentId ? 'team' : 'company',
  workspaceId: 'w',
  createdAt: at,
  updatedAt: at,
  archivedAt: null,
});

const teams = [
  team('s', 'Sales', 'c'),
  team('c', 'Acme', null),
  team('eu', 'EU sales', 's'),
  team('m', 'Marketing', 'c'),
  team('o', 'Orphan', 'gone'),
];

describe('buildTeamTree', () => {
  it('nests teams under their parents, by name, and keeps orphans at the top', () => {
    const flat = flattenTree(buildTeamTree(teams)).map(
      (n) => `${'-'.repeat(n.depth)}${n.team.name}`,
    );
    expect(flat).toEqual(['Acme', '-Marketing', '-Sales', '--EU sales', 'Orphan']);
  });

  it('does not loop on a cycle', () => {
    const cyclic = [team('a', 'A', 'b'), team('b', 'B', 'a')];
    expect(
      flattenTree(buildTeamTree(cyclic))
        .map((n) => n.team.id)
        .sort(),
    ).toEqual(['a', 'b']);
  });
});

describe('subtreeIds and teamPath', () => {
  it('finds a team and everything under it', () => {
    expect([...subtreeIds('s', teams)].sort()).toEqual(['eu', 's']);
  });

  it('names the path from the top', () => {
    expect(teamPath('eu', teams)).toBe('Acme › Sales › EU sales');
  });
});
