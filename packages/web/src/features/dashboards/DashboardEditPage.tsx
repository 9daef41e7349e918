import { GRAINS, type Dashboard, type Grain } from '@vitals/core';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/Alert';
import { Button, ButtonLink } from '../../components/Button';
import { SelectField, TextField } from '../../components/Field';
import { FieldGroup, FieldRow, Form, FormActions } from '../../components/Form';
import { fieldError, FormErrors } from '../../components/FormErrors';
import { Loading, PageHeader, Panel } from '../../components/Page';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid';
import { cadenceWord } from '../../format/period';
import { useAllKpis } from '../home/useHomeData';
import { KpiPicker } from './KpiPicker';
import { periodDraftOf, periodSettingOf } from './period-form';
import { PeriodFields } from './PeriodFields';
import { useDashboard, useUpdateDashboard } from './useDashboards';

const FIELDS = [
  'name',
  'description',
  'kpiIds',
  'period',
  'period/kind',
  'period/grain',
  'period/n',
  'period/from',
  'period/to',
  'sparkline',
  'sparklineGrain',
  'refreshSeconds',
];

/** Edits a dashboard: its name, cards and their order, period, sparklines and TV refresh. */
export function DashboardEditPage() {
  const { id = '' } = useParams();
  const dashboard = useDashboard(id);
  if (dashboard.isPending) return <Loading />;
  if (dashboard.isError) {
    return (
      <>
        <PageHeader title="Edit dashboard" />
        <Alert tone="error">
          <p>{dashboard.error.message}</p>
        </Alert>
      </>
    );
  }
  return <DashboardEditor key={dashboard.data.updatedAt} dashboard={dashboard.data} />;
}

function DashboardEditor({ dashboard }: { dashboard: Dashboard }) {
  const kpis = useAllKpis();
  const update = useUpdateDashboard(dashboard.id);
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, update.error);
  const [name, setName] = useState(dashboard.name);
  const [description, setDescription] = useState(dashboard.description);
  const [kpiIds, setKpiIds] = useState<string[]>(dashboard.kpiIds);
  const [period, setPeriod] = useState(() => periodDraftOf(dashboard.period));
  const [sparkline, setSparkline] = useState(String(dashboard.sparkline));
  const [sparklineGrain, setSparklineGrain] = useState<Grain | ''>(dashboard.sparklineGrain ?? '');
  const [refreshSeconds, setRefreshSeconds] = useState(String(dashboard.refreshSeconds));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      {
        name,
        description,
        kpiIds,
        period: periodSettingOf(period),
        sparkline: Number(sparkline),
        sparklineGrain: sparklineGrain || null,
        refreshSeconds: Number(refreshSeconds),
      },
      { onSuccess: () => void navigate(`/dashboards/${dashboard.id}`) },
    );
  };

  return (
    <>
      <PageHeader
        title={`Edit ${dashboard.name}`}
        description="Choose the cards, their order and what they show."
      />
      <Form formRef={form} onSubmit={submit} aria-label="Edit dashboard">
        <FormErrors error={update.error} fieldsShown={FIELDS} />
        <Panel title="Name" id="dashboard-name">
          <FieldRow>
            <TextField
              label="Dashboard name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={fieldError(update.error, 'name')}
              autoComplete="off"
            />
            <TextField
              label="Description"
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              error={fieldError(update.error, 'description')}
              autoComplete="off"
            />
          </FieldRow>
        </Panel>
        <Panel title="KPI cards" id="dashboard-cards">
          {fieldError(update.error, 'kpiIds') && (
            <Alert tone="error">
              <p>{fieldError(update.error, 'kpiIds')}</p>
            </Alert>
          )}
          {kpis.isPending ? (
            <Loading label="Loading KPIs…" />
          ) : (
            <KpiPicker kpis={kpis.data ?? []} value={kpiIds} onChange={setKpiIds} />
          )}
        </Panel>
        <Panel title="What the cards show" id="dashboard-settings">
          <FieldGroup legend="Period and trend">
            <FieldRow>
              <PeriodFields draft={period} onChange={setPeriod} error={update.error} />
              <TextField
                label="Sparkline length"
                hint="How many periods each trend line shows (0 hides it)."
                type="number"
                inputMode="numeric"
                min={0}
                max={400}
                value={sparkline}
                onChange={(e) => setSparkline(e.target.value)}
                error={fieldError(update.error, 'sparkline')}
              />
              <SelectField
                label="Sparkline grain"
                value={sparklineGrain}
                onChange={(e) => setSparklineGrain(e.target.value as Grain | '')}
                options={[
                  { value: '', label: "Each metric's own (usually days)" },
                  ...GRAINS.map((grain) => ({ value: grain, label: cadenceWord(grain) })),
                ]}
                error={fieldError(update.error, 'sparklineGrain')}
              />
              <TextField
                label="TV refresh (seconds)"
                hint="10 to 3600; TV mode also moves to the next dashboard this often."
                type="number"
                inputMode="numeric"
                min={10}
                max={3600}
                value={refreshSeconds}
                onChange={(e) => setRefreshSeconds(e.target.value)}
                error={fieldError(update.error, 'refreshSeconds')}
              />
            </FieldRow>
          </FieldGroup>
        </Panel>
        <FormActions>
          <Button type="submit" variant="primary" busy={update.isPending}>
            Save dashboard
          </Button>
          <ButtonLink to={`/dashboards/${dashboard.id}`}>Cancel</ButtonLink>
        </FormActions>
      </Form>
    </>
  );
}
