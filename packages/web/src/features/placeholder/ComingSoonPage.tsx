import { ButtonLink } from '../../components/Button';
import { EmptyState, PageHeader } from '../../components/Page';

/** Pages whose server endpoints do not exist yet: say what will be here and where to go now. */
export function ComingSoonPage({
  title,
  description,
  what,
  emptyTitle = 'Not available yet',
}: {
  title: string;
  description: string;
  what: string;
  emptyTitle?: string;
}) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <EmptyState title={emptyTitle} actions={<ButtonLink to="/">Back to Home</ButtonLink>}>
        {what}
      </EmptyState>
    </>
  );
}

export function DashboardsPage() {
  return (
    <ComingSoonPage
      title="Dashboards"
      description="Named dashboards with the KPI cards you choose, for a period and grain."
      what="Dashboards arrive with the next release: chosen KPI cards, a period picker and a TV mode."
    />
  );
}

export function KpisPage() {
  return (
    <ComingSoonPage
      title="KPIs"
      description="Every KPI with its objective, owner, cadence and target."
      what="Defining KPIs (blank or from the template library) arrives with the next release."
    />
  );
}

export function EnterDataPage() {
  return (
    <ComingSoonPage
      title="Enter data"
      description="Type or paste values of a metric by period."
      what="The data-entry grid arrives with the next release."
    />
  );
}

export function NotFoundPage() {
  return (
    <ComingSoonPage
      title="Page not found"
      description="There is no page at this address."
      what="Check the address, or go back to Home."
      emptyTitle="Nothing here"
    />
  );
}
