import type { ApiTokenCreated } from '@vitals/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../api/queries';
import { fetchTokens } from '../../api/tokens';
import { Alert, LiveRegion } from '../../components/Alert';
import { Loading } from '../../components/Page';
import { CreateTokenForm } from './CreateTokenForm';
import { NewTokenSecret } from './NewTokenSecret';
import { TokenList } from './TokenList';

/** List, create (secret shown once) and revoke the workspace's API tokens. */
export function ApiTokensPanel() {
  const tokens = useQuery({ queryKey: queryKeys.tokens, queryFn: fetchTokens });
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const [dismissed, setDismissed] = useState(false);
  return (
    <>
      <p>
        Machines push data and read KPIs with a token sent as <code>Authorization: Bearer …</code>.
        Read tokens may only read; write tokens may also push data points.
      </p>
      {created ? (
        <NewTokenSecret
          token={created}
          onDone={() => {
            setCreated(null);
            setDismissed(true);
          }}
        />
      ) : (
        <CreateTokenForm onCreated={setCreated} focusOnMount={dismissed} />
      )}
      <LiveRegion>
        {tokens.isError && (
          <Alert tone="error">
            <p>{tokens.error.message}</p>
          </Alert>
        )}
      </LiveRegion>
      {tokens.isPending ? <Loading label="Loading tokens…" /> : null}
      {tokens.data && <TokenList tokens={tokens.data} />}
    </>
  );
}
