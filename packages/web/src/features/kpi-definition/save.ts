import {
  templateByKey,
  type Calendar,
  type Kpi,
  type KpiCreateInput,
  type KpiTarget,
  type KpiTargetCreateInput,
  type KpiTargetUpdate,
  type KpiUpdate,
  type Metric,
} from '@vitals/core';
import type { MetricCreateInput } from '../../api/metrics';
import { ApiError } from '../../api/problem';
import { formulaKindOf, kpiInputOf, thresholdsOf, type KpiDraft } from './draft';
import { existingTargetChanges } from './existing-targets';
import { baseMetricInput, formulaMetricInput, newMetricInput, targetInputOf } from './requests';

/** The API calls saving needs (passed in, so tests can watch them). */
export interface DefineApi {
  fetchAllMetrics: () => Promise<Metric[]>;
  createMetric: (input: MetricCreateInput) => Promise<Metric>;
  createKpi: (input: KpiCreateInput) => Promise<Kpi>;
  updateKpi: (id: string, update: KpiUpdate) => Promise<Kpi>;
  createTarget: (input: KpiTargetCreateInput) => Promise<KpiTarget>;
  updateTarget: (id: string, update: KpiTargetUpdate) => Promise<KpiTarget>;
  deleteTarget: (id: string) => Promise<void>;
}

/** What earlier attempts already saved, so a retry after a refused target creates nothing twice. */
export interface SaveProgress {
  metricId?: string;
  kpiId?: string;
  /** Stored targets already changed or deleted. */
  targetsDone?: string[];
}

export interface SaveResult {
  kpi: Kpi;
  createdMetrics: Metric[];
  reusedMetrics: Metric[];
  target: KpiTarget | null;
  /** How many stored targets were changed and deleted. */
  targetsChanged: number;
  targetsDeleted: number;
}

/**
 * The server's field pointers of one request (`/body/key`), moved under the draft's field that
 * holds them (`/body/metric/key`), so the form shows each message at its input.
 */
export function underField(error: unknown, prefix: string): unknown {
  if (!(error instanceof ApiError) || !error.problem?.errors) return error;
  const errors = error.problem.errors.map((issue) => ({
    ...issue,
    pointer: issue.pointer.replace(/^\/body\/?/, `/body/${prefix}/`).replace(/\/$/, ''),
  }));
  return new ApiError(error.status, error.message, { ...error.problem, errors });
}

async function step<T>(prefix: string | null, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw prefix ? underField(error, prefix) : error;
  }
}

/** The template's base metrics that are missing (by key) and its formula metric, created in order. */
async function metricFromTemplate(
  templateKey: string,
  api: DefineApi,
  result: Pick<SaveResult, 'createdMetrics' | 'reusedMetrics'>,
): Promise<string> {
  const template = templateByKey(templateKey);
  if (!template) throw new Error(`No template "${templateKey}" in the library`);
  const existing = new Map((await api.fetchAllMetrics()).map((m) => [m.key, m]));
  const ensure = async (input: MetricCreateInput) => {
    const found = existing.get(input.key);
    if (found) {
      result.reusedMetrics.push(found);
      return found;
    }
    const created = await step('metric', () => api.createMetric(input));
    existing.set(created.key, created);
    result.createdMetrics.push(created);
    return created;
  };
  const base: Metric[] = [];
  for (const metric of template.metrics) base.push(await ensure(baseMetricInput(metric)));
  const formula = formulaMetricInput(template, formulaKindOf(template));
  const measured = formula ? await ensure(formula) : base[0];
  if (!measured) throw new Error(`Template "${templateKey}" has no metric`);
  return measured.id;
}

/**
 * Saves a definition: the metric it needs (an existing one, a new one, or the template's base
 * metrics plus its formula metric), then the KPI (created, or changed when `kpiId` is given), then
 * the stored targets deleted or changed in the form (`targets`, edit mode), then the new target.
 * `progress` remembers what is saved, so a retry continues where the last one stopped.
 */
export async function saveDefinition(
  draft: KpiDraft,
  context: {
    api: DefineApi;
    calendar: Calendar;
    now: Date;
    kpiId?: string;
    targets?: readonly KpiTarget[];
  },
  progress: SaveProgress,
): Promise<SaveResult> {
  const { api } = context;
  const metrics: Pick<SaveResult, 'createdMetrics' | 'reusedMetrics'> = {
    createdMetrics: [],
    reusedMetrics: [],
  };
  const metricId = progress.metricId ?? (await metricOf(draft, api, metrics));
  progress.metricId = metricId;
  const kpiId = context.kpiId ?? progress.kpiId;
  const kpi = kpiId
    ? await api.updateKpi(kpiId, updateOf(draft, metricId))
    : await api.createKpi(kpiInputOf(draft, metricId));
  progress.kpiId = kpi.id;
  const band = draft.direction === 'within_band';
  const changes = existingTargetChanges(draft.existingTargets, context.targets ?? [], band);
  const done = (progress.targetsDone ??= []);
  for (const change of changes) {
    if (done.includes(change.id)) continue;
    // Each target's messages go to its own fields: `targets/<id>/value`.
    await step(`targets/${change.id}`, async () => {
      if (change.kind === 'delete') await api.deleteTarget(change.id);
      else await api.updateTarget(change.id, change.update);
    });
    done.push(change.id);
  }
  const input = targetInputOf(draft, kpi.id, context.calendar, context.now);
  const target = input ? await step('target', () => api.createTarget(input)) : null;
  const count = (kind: 'update' | 'delete') => changes.filter((c) => c.kind === kind).length;
  return {
    kpi,
    ...metrics,
    target,
    targetsChanged: count('update'),
    targetsDeleted: count('delete'),
  };
}

async function metricOf(
  draft: KpiDraft,
  api: DefineApi,
  result: Pick<SaveResult, 'createdMetrics' | 'reusedMetrics'>,
): Promise<string> {
  const { metric } = draft;
  if (metric.mode === 'existing' && metric.metricId) return metric.metricId;
  if (metric.mode === 'new') {
    const created = await step('metric', () => api.createMetric(newMetricInput(metric.metric)));
    result.createdMetrics.push(created);
    return created.id;
  }
  if (metric.mode === 'template' && draft.templateKey) {
    return metricFromTemplate(draft.templateKey, api, result);
  }
  throw new Error('Choose the metric the KPI measures');
}

/** Every field the form edits (links to other KPIs and the dimension filter stay as they are). */
function updateOf(draft: KpiDraft, metricId: string): KpiUpdate {
  return {
    metricId,
    name: draft.name,
    objective: draft.objective,
    whyItMatters: draft.whyItMatters,
    howToInfluence: draft.howToInfluence,
    ownerId: draft.ownerId || null,
    teamId: draft.teamId || null,
    level: draft.level,
    typeTags: draft.typeTags,
    direction: draft.direction,
    reviewCadence: draft.reviewCadence,
    thresholds: thresholdsOf(draft),
  };
}
