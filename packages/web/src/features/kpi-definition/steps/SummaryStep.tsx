import { templateByKey } from '@vitals/core';
import type { ReactNode } from 'react';
import { Button } from '../../../components/Button';
import { numberOf } from '../draft';
import {
  BASIS_LABELS,
  CADENCE_LABELS,
  DIRECTION_LABELS,
  LEVEL_LABELS,
  TAG_LABELS,
} from '../labels';
import styles from '../Wizard.module.css';
import { existingTargetChanges } from '../existing-targets';
import type { StepId, StepProps, WizardContext } from '../wizard-types';
import type { KpiDraft } from '../draft';

/** The whole definition on one screen, each part with a way back to change it. */
export function SummaryStep({
  draft,
  context,
  goTo,
}: StepProps & { goTo: (step: StepId) => void }) {
  const owner = context.people.find((p) => p.id === draft.ownerId)?.name ?? 'Nobody yet';
  const team = context.teams.find((t) => t.id === draft.teamId)?.name ?? 'No team';
  const { metric, target } = draft;
  const measured =
    metric.mode === 'existing'
      ? (context.metrics.find((m) => m.id === metric.metricId)?.name ?? 'Not chosen')
      : metric.mode === 'new'
        ? `New metric “${metric.metric.name}” (${metric.metric.aggregation})`
        : `The template’s metrics: ${templateByKey(draft.templateKey ?? '')?.formula ?? ''}`;
  const value =
    draft.direction === 'within_band' ? `${target.lower}–${target.upper}` : target.value;
  const targetText =
    target.mode === 'none'
      ? 'No target yet'
      : target.mode === 'standing'
        ? `${value} per ${target.grain} (${BASIS_LABELS[target.basis].label})`
        : `${value} for the year, ${target.phasing === 'even' ? 'evenly' : 'by last year’s shape'} (${BASIS_LABELS[target.basis].label})`;
  const rows: [string, ReactNode, StepId][] = [
    ['Name', draft.name || '—', 'outcome'],
    ['Objective', draft.objective || '—', 'outcome'],
    ['Why it matters', draft.whyItMatters || '—', 'outcome'],
    ['Measured by', measured, 'measure'],
    ['How to influence it', draft.howToInfluence || '—', 'influence'],
    ['Owner', owner, 'ownership'],
    ['Team and level', `${team} · ${LEVEL_LABELS[draft.level]}`, 'ownership'],
    [
      'Type',
      [
        TAG_LABELS.scope.options[draft.typeTags.scope],
        TAG_LABELS.timing.options[draft.typeTags.timing],
        TAG_LABELS.nature.options[draft.typeTags.nature],
      ]
        .map((t) => t.split(' — ')[0])
        .join(', '),
      'ownership',
    ],
    [
      'Reviewed',
      `${CADENCE_LABELS[draft.reviewCadence]} · ${DIRECTION_LABELS[draft.direction].label}`,
      'review',
    ],
    ...(context.mode === 'edit' ? [targetChangesRow(draft, context)] : []),
    [context.mode === 'edit' ? 'New target' : 'Target', targetText, 'target'],
    [
      'Thresholds',
      `On track from ${numberOf(draft.onTrack)} %, at risk from ${numberOf(draft.atRisk)} %`,
      'target',
    ],
  ];
  return (
    <dl className={styles.summary}>
      {rows.map(([term, detail, step]) => (
        <div key={term} className={styles.summaryRow}>
          <dt>{term}</dt>
          <dd>{detail}</dd>
          <dd>
            <Button
              size="small"
              onClick={() => goTo(step)}
              aria-label={`Change ${term.toLowerCase()}`}
            >
              Change
            </Button>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Edit mode: what saving does to the stored targets. */
function targetChangesRow(draft: KpiDraft, context: WizardContext): [string, string, StepId] {
  const band = draft.direction === 'within_band';
  const changes = existingTargetChanges(draft.existingTargets, context.targets ?? [], band);
  const changed = changes.filter((c) => c.kind === 'update').length;
  const deleted = changes.length - changed;
  const parts = [
    changed > 0 ? `${changed} changed` : '',
    deleted > 0 ? `${deleted} deleted` : '',
  ].filter(Boolean);
  return ['Current targets', parts.length > 0 ? parts.join(', ') : 'Unchanged', 'target'];
}
