import { AnnotationsService } from './modules/annotations/annotations.service';
import { AuditService } from './modules/audit/audit.service';
import { AuthService } from './modules/auth/auth.service';
import { ChangeEvents } from './modules/changes/change-events';
import { ChangesService } from './modules/changes/changes.service';
import { CheckInsService } from './modules/check-ins/check-ins.service';
import { DashboardsService } from './modules/dashboards/dashboards.service';
import { dataPointServices } from './modules/data-points/data-points.services';
import { EvaluationService } from './modules/evaluation/evaluation.service';
import { SummaryCache } from './modules/evaluation/summary-cache';
import type { ServiceDeps } from './modules/deps';
import { InvitationsService } from './modules/invitations/invitations.service';
import { KpisService } from './modules/kpis/kpis.service';
import { MetricsService } from './modules/metrics/metrics.service';
import { SampleWorkspaceService } from './modules/sample/sample.service';
import { SetupService } from './modules/setup/setup.service';
import { lastYearActualsFrom } from './modules/targets/last-year-actuals';
import { TargetsService } from './modules/targets/targets.service';
import { MembershipsService } from './modules/teams/memberships.service';
import { TeamsService } from './modules/teams/teams.service';
import { TokensService } from './modules/tokens/tokens.service';
import { UsersService } from './modules/users/users.service';
import { WorkspaceService } from './modules/workspace/workspace.service';

/** Every service of the app, built once from the same side effects. */
export function createServices(deps: ServiceDeps) {
  const workspace = new WorkspaceService(deps);
  const data = dataPointServices(deps, workspace);
  const lastYearActuals = lastYearActualsFrom(deps, workspace, data.points);
  const targets = new TargetsService(deps, { calendars: workspace, lastYearActuals });
  const evaluation = new EvaluationService(deps, workspace, targets, data.points);
  const changes = new ChangesService(deps);
  const auth = new AuthService(deps);
  return {
    deps,
    auth,
    setup: new SetupService(deps),
    workspace,
    tokens: new TokensService(deps),
    audit: new AuditService(deps, workspace),
    users: new UsersService(deps),
    invitations: new InvitationsService(deps, auth),
    teams: new TeamsService(deps),
    memberships: new MembershipsService(deps),
    metrics: new MetricsService(deps),
    annotations: new AnnotationsService(deps),
    kpis: new KpisService(deps),
    targets,
    checkIns: new CheckInsService(deps),
    ...data,
    evaluation,
    summaries: new SummaryCache({
      compute: (caller, query) => evaluation.summary(caller, query),
      version: (workspaceId) => changes.current(workspaceId),
      now: deps.now,
    }),
    changes,
    events: new ChangeEvents(deps.db),
    dashboards: new DashboardsService(deps, workspace),
    sample: new SampleWorkspaceService(deps, workspace),
  };
}

export type Services = ReturnType<typeof createServices>;
