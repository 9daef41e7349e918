import type { ApiToken } from '@vitals/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { queryKeys } from '../../api/queries';
import { revokeToken } from '../../api/tokens';
import { useCurrentSession } from '../../app/session';
import { Alert, LiveRegion } from '../../components/Alert';
import { Button } from '../../components/Button';
import { formatRelativeTime } from '../../format/relative-time';
import styles from './TokenList.module.css';

export function TokenList({ tokens }: { tokens: readonly ApiToken[] }) {
  const client = useQueryClient();
  const [revoked, setRevoked] = useState<string | null>(null);
  const revoke = useMutation({
    mutationFn: revokeToken,
    onSuccess: (token) => {
      setRevoked(token.name);
      void client.invalidateQueries({ queryKey: queryKeys.tokens });
    },
  });
  return (
    <>
      <LiveRegion>
        {revoke.isError && (
          <Alert tone="error">
            <p>{revoke.error.message}</p>
          </Alert>
        )}
        {revoked && !revoke.isError && <p>Token “{revoked}” revoked.</p>}
      </LiveRegion>
      {tokens.length === 0 ? (
        <p className={styles.empty}>No tokens yet.</p>
      ) : (
        <ul className={styles.list} aria-label="API tokens">
          {tokens.map((token) => (
            <TokenItem
              key={token.id}
              token={token}
              onRevoke={() => revoke.mutate(token.id)}
              busy={revoke.isPending && revoke.variables === token.id}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function TokenItem({
  token,
  onRevoke,
  busy,
}: {
  token: ApiToken;
  onRevoke: () => void;
  busy: boolean;
}) {
  const { workspace } = useCurrentSession();
  const [confirming, setConfirming] = useState(false);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Keep keyboard focus on the button that replaced the one just pressed.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (asked.current) revokeButton.current?.focus();
    asked.current = asked.current || confirming;
  }, [confirming]);
  const now = new Date();
  const when = (iso: string) => formatRelativeTime(iso, now, workspace.locale);
  const expired = token.expiresAt !== null && new Date(token.expiresAt) <= now;
  return (
    <li className={styles.item}>
      <div>
        <span className={styles.name}>{token.name}</span>
        <span className={styles.tag}>{token.scope}</span>
        <div className={styles.meta}>
          <span>
            <code>{token.prefix}…</code>
          </span>
          <span>created {when(token.createdAt)}</span>
          <span>{token.lastUsedAt ? `last used ${when(token.lastUsedAt)}` : 'never used'}</span>
          {token.expiresAt && !token.revokedAt && (
            <span>{expired ? 'expired' : `expires ${when(token.expiresAt)}`}</span>
          )}
          {token.revokedAt && (
            <span className={styles.revoked}>revoked {when(token.revokedAt)}</span>
          )}
        </div>
      </div>
      {!token.revokedAt && (
        <div className={styles.actions}>
          {confirming ? (
            <>
              <Button
                ref={confirmButton}
                size="small"
                variant="danger"
                busy={busy}
                onClick={onRevoke}
              >
                Revoke “{token.name}” now
              </Button>
              <Button size="small" onClick={() => setConfirming(false)}>
                Cancel
              </Button>
            </>
          ) : (
            <Button
              ref={revokeButton}
              size="small"
              variant="danger"
              onClick={() => setConfirming(true)}
              aria-label={`Revoke ${token.name}`}
            >
              Revoke
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
