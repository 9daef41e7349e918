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
