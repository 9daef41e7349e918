import {
  TARGET_BASES,
  type Kpi,
  type KpiPeriodEvaluationDto,
  type TargetBasis,
  type TargetValue,
} from '@vitals/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { queryKeys } from '../../api/queries';
import { createTarget, updateTarget } from '../../api/targets';
import { Alert, LiveRegion } from '../../components/Alert';
import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/Field';
import { FieldRow, Form, FormActions } from '../../components/Form';
import { fieldError, FormErrors } from '../../components/FormErrors';
import { Segmented } from '../../components/Segmented';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid';
import { errorFromZod } from '../../api/problem';
import { formatPeriod, grainWord } from '../../format/period';
import { parseAmount, planTargetChange, type TargetScope } from './target-change';
import { useTargets } from './useKpiPage';
import { z } from 'zod';

const BASIS_LABELS: Record<TargetBasis, string> = {
  past_performance: 'Past performance',
  competitor: 'Competitor',
  benchmark: 'Benchmark',
  other: 'Other',
};

/** Local checks of the typed numbers, reported like the server's field errors. */
const amount = z
  .string()
  .refine((text) => parseAmount(text) !== null, { error: 'must be a number' });

/**
 * Changes the KPI's target for the period shown, or from it on. Audited on the server; the cards
 * and this page re-evaluate at once.
 */
export function TargetForm({ kpi, period }: { kpi: Kpi; period: KpiPeriodEvaluationDto }) {
  const client = useQueryClient();
  const targets = useTargets(kpi.id);
  const band = kpi.direction === 'within_band';
  const [scope, setScope] = useState<TargetScope>('period');
  const [value, setValue] = useState('');
  const [lower, setLower] = useState('');
  const [upper, setUpper] = useState('');
  const [basis, setBasis] = useState<TargetBasis>('other');
  const [note, setNote] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const label = formatPeriod(period.period);
  const save = useMutation({
    mutationFn: async () => {
      const checked = z
        .object(band ? { value: z.object({ lower: amount, upper: amount }) } : { value: amount })
        .safeParse(band ? { value: { lower, upper } } : { value });
      if (!checked.success) throw errorFromZod(checked.error);
      const target: TargetValue = band
        ? { lower: parseAmount(lower) ?? 0, upper: parseAmount(upper) ?? 0 }
        : (parseAmount(value) ?? 0);
      const plan = planTargetChange({
        kpiId: kpi.id,
        period: period.period,
        scope,
        value: target,
        basis,
        note,
        targets: targets.data ?? [],
      });
      return plan.kind === 'create' ? createTarget(plan.input) : updateTarget(plan.id, plan.update);
    },
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.evaluations }),
        client.invalidateQueries({ queryKey: queryKeys.targets(kpi.id) }),
      ]);
    },
  });
  useFocusFirstInvalid(form, save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Form formRef={form} onSubmit={submit} aria-label="Change the target">
      <FormErrors
        error={save.error}
        fieldsShown={[
          'value',
          'value/lower',
          'value/upper',
          'basis',
          'note',
          'periodKey',
          'effectiveFrom',
        ]}
      />
      <Segmented
        stacked
        legend="Applies to"
        value={scope}
        onChange={setScope}
        options={[
          { value: 'period', label: `${label} only` },
          {
            value: 'from_period',
            label: `Every ${grainWord(period.period.grain)} from ${label} on`,
          },
        ]}
      />
      <FieldRow>
        {band ? (
          <>
            <TextField
              label="Band lower bound"
              inputMode="decimal"
              value={lower}
              onChange={(e) => setLower(e.target.value)}
              error={fieldError(save.error, 'value/lower')}
            />
            <TextField
              label="Band upper bound"
              inputMode="decimal"
              value={upper}
              onChange={(e) => setUpper(e.target.value)}
              error={fieldError(save.error, 'value/upper') ?? fieldError(save.error, 'value')}
            />
          </>
        ) : (
          <TextField
            label="New target"
            hint={`In the KPI's unit, for the whole ${grainWord(period.period.grain)}.`}
            inputMode="decimal"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            error={
              fieldError(save.error, 'value') ??
              fieldError(save.error, 'periodKey') ??
              fieldError(save.error, 'effectiveFrom')
            }
          />
        )}
        <SelectField
          label="Basis"
          hint="Where the number comes from."
          value={basis}
          onChange={(e) => setBasis(e.target.value as TargetBasis)}
          options={TARGET_BASES.map((b) => ({ value: b, label: BASIS_LABELS[b] }))}
          error={fieldError(save.error, 'basis')}
        />
      </FieldRow>
      <TextField
        label="Note"
        hint="Why this target, e.g. “last year + 10 %”."
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={fieldError(save.error, 'note')}
        autoComplete="off"
      />
      <FormActions>
        <Button type="submit" variant="primary" busy={save.isPending || targets.isPending}>
          Save target
        </Button>
      </FormActions>
      <LiveRegion>
        {save.isSuccess && !save.isPending && (
          <Alert tone="success">
            <p>Target saved; the status is evaluated again.</p>
          </Alert>
        )}
      </LiveRegion>
    </Form>
  );
}
