import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layering of docs/ARCHITECTURE.md is enforced by ESLint's no-restricted-imports. These cases
 * lint small snippets as if they lived in each package, so a loosened rule fails here.
 */
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('import boundaries', () => {
  const core = 'packages/core/src/probe.ts';

  it.each([
    "import { readFileSync } from 'node:fs';",
    "import { join } from 'path';",
    "import { readFile } from 'fs/promises';",
    "import Fastify from 'fastify';",
    "import { Kysely } from 'kysely';",
    "import Database from 'better-sqlite3';",
    "import pg from 'pg';",
    "import { useState } from 'react';",
    "import { buildApp } from '@vitals/server';",
  ])('core rejects %s', async (line) => {
    expect(await restrictedImports(`${line}\nexport const x = 1;\n`, core)).not.toEqual([]);
  });

  it('core may import zod and the date library', async () => {
    const code =
      "import { z } from 'zod';\nimport { addDays } from 'date-fns';\nexport const x = [z, addDays];\n";
    expect(await restrictedImports(code, core)).toEqual([]);
  });

  it('server may not import web, and web may not import server', async () => {
    const fromServer = "import { App } from '@vitals/web';\nexport const x = App;\n";
    const fromWeb = "import { buildApp } from '@vitals/server';\nexport const x = buildApp;\n";
    expect(await restrictedImports(fromServer, 'packages/server/src/probe.ts')).toHaveLength(1);
    expect(await restrictedImports(fromWeb, 'packages/web/src/probe.ts')).toHaveLength(1);
  });

  it('server and web may import core', async () => {
    const code =
      "import { GregorianCalendar } from '@vitals/core';\nexport const x = GregorianCalendar;\n";
    expect(await restrictedImports(code, 'packages/server/src/probe.ts')).toEqual([]);
    expect(await restrictedImports(code, 'packages/web/src/probe.ts')).toEqual([]);
  });
});
