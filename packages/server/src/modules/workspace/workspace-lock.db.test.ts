import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines';
import { setUpApp } from '../../test-support/app';
import { WorkspaceRepository } from './workspace.repository';

describeEachEngine('workspace lock', (engine) => {
  it('makes a second transaction that locks the workspace wait for the first to end', async () => {
    const { db } = engine();
    const { app, workspaceId } = await setUpApp(db);
    const events: string[] = [];
    let second: Promise<void> | undefined;
    await db.transaction().execute(async (trx) => {
      await new WorkspaceRepository(trx).lock(workspaceId);
      second = db.transaction().execute(async (other) => {
        await new WorkspaceRepository(other).lock(workspaceId);
        events.push('second locked');
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      events.push('first ends');
    });
    await second;
    expect(events).toEqual(['first ends', 'second locked']);
    await app.close();
  });
});
