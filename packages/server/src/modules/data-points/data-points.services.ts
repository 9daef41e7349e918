import type { ServiceDeps } from '../deps';
import type { WorkspaceService } from '../workspace/workspace.service';
import { IngestService } from './ingest.service';
import { PointsService } from './points.service';
import { SeriesService } from './series.service';

/**
 * The data point services, spread into the app's services: `ingest` (the batch write), `points`
 * (stored points, e.g. `points.read(metricIds, from, to)`) and `series` (`series.read({…})`).
 */
export function dataPointServices(deps: ServiceDeps, workspace: WorkspaceService) {
  return {
    ingest: new IngestService(deps, workspace),
    points: new PointsService(deps),
    series: new SeriesService(deps, workspace),
  };
}
