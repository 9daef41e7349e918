import type { ApiTokenCreated } from '@vitals/core';
import { useEffect, useRef } from 'react';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { CopyButton } from '../../components/CopyButton';
import { TextField } from '../../components/Field';
import { FormActions } from '../../components/Form';

/** The secret of a token just created: shown this once, with a copy button. */
export function NewTokenSecret({ token, onDone }: { token: ApiTokenCreated; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="new-token-title">
      <Alert tone="success">
        <h3 id="new-token-title" ref={heading} tabIndex={-1}>
          Token “{token.name}” created
        </h3>
        <p>Copy it now: this is the only time Vitals shows it. Store it like a password.</p>
        <TextField
          label="Token secret"
          name="tokenSecret"
          value={token.secret}
          readOnly
          spellCheck={false}
          onFocus={(e) => e.target.select()}
        />
        <FormActions>
          <CopyButton text={token.secret} label="Copy token" />
          <Button size="small" onClick={onDone}>
            Done
          </Button>
        </FormActions>
      </Alert>
    </section>
  );
}
