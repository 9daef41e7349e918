import type { InvitationCreated, User } from '@vitals/core';
import { useEffect, useRef } from 'react';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { CopyButton } from '../../../components/CopyButton';
import { TextField } from '../../../components/Field';
import { FormActions } from '../../../components/Form';
import { formatInvitationExpiry, invitationMessage } from './invitation-text';

/** A fresh invitation link, shown this once, to hand to the person it is for. */
export function InvitationLink({
  user,
  invitation,
  fresh,
  onDone,
}: {
  user: User;
  invitation: InvitationCreated;
  /** A new person (true) or a new link for someone who has an account (false). */
  fresh: boolean;
  onDone: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const link = `${window.location.origin}${invitation.path}`;
  const expires = formatInvitationExpiry(invitation.expiresAt);
  return (
    <section aria-labelledby="invitation-title">
      <Alert tone="success">
        <h3 id="invitation-title" ref={heading} tabIndex={-1}>
          {fresh ? `${user.name} is invited` : `A new sign-in link for ${user.name}`}
        </h3>
        <p>
          Send them this link. It works once, until {expires}: they choose their own password and
          are signed in.{' '}
          {fresh
            ? ''
            : 'Their earlier links stop working, and so does their password once they use it.'}{' '}
          The link is shown only now.
        </p>
        <TextField
          label="Invitation link"
          name="invitationLink"
          value={link}
          readOnly
          onFocus={(e) => e.target.select()}
        />
        <FormActions>
          <CopyButton text={link} label="Copy link" />
          <CopyButton text={invitationMessage(user, link, expires)} label="Copy invitation" />
          <Button size="small" onClick={onDone}>
            Done
          </Button>
        </FormActions>
      </Alert>
    </section>
  );
}
