import type { User } from '@vitals/core';
import { useEffect, useRef } from 'react';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { CopyButton } from '../../../components/CopyButton';
import { TextField } from '../../../components/Field';
import { FormActions } from '../../../components/Form';
import { ROLE_LABELS, signInLink } from './roles';

/** The invitation: a sign-in link and the initial password, shown this once. */
export function NewUserCredentials({
  user,
  password,
  onDone,
}: {
  user: User;
  password: string;
  onDone: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const link = signInLink(window.location.origin, user.email);
  const message = `You have a Vitals account (${ROLE_LABELS[user.role].label.toLowerCase()}). Sign in at ${link} with the password ${password} and change it under your account.`;
  return (
    <section aria-labelledby="new-user-title">
      <Alert tone="success">
        <h3 id="new-user-title" ref={heading} tabIndex={-1}>
          {user.name} can sign in now
        </h3>
        <p>
          Send them the link and the password (by separate channels if you can). The password is
          shown only now.
        </p>
        <TextField
          label="Sign-in link"
          name="inviteLink"
          value={link}
          readOnly
          onFocus={(e) => e.target.select()}
        />
        <TextField
          label="Initial password"
          name="invitePassword"
          value={password}
          readOnly
          spellCheck={false}
          onFocus={(e) => e.target.select()}
        />
        <FormActions>
          <CopyButton text={link} label="Copy link" />
          <CopyButton text={message} label="Copy invitation" />
          <Button size="small" onClick={onDone}>
            Done
          </Button>
        </FormActions>
      </Alert>
    </section>
  );
}
