import { performance } from 'node:perf_hooks';
import { timed } from './http';

/**
 * Posts prepared batch bodies with `clients` concurrent clients, each taking the next body when
 * its previous one is answered. Returns the wall time of the whole set (ms).
 */
export async function postBatches(
  url: string,
  authorization: string,
  bodies: readonly string[],
  clients: number,
): Promise<number> {
  let next = 0;
  const client = async (): Promise<void> => {
    for (let i = next++; i < bodies.length; i = next++) {
      const { body } = await timed(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: bodies[i] as string,
      });
      const result = JSON.parse(body) as { rejected: unknown[] };
      if (result.rejected.length > 0)
        throw new Error(`ingest rejected items: ${body.slice(0, 300)}`);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  return performance.now() - started;
}
