import { useState } from 'react';
import { Button } from './Button';
import { Icon } from './Icon';

/** Copies text to the clipboard and says so (politely announced). */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <Button size="small" onClick={() => void copy()}>
        <Icon name="copy" size={16} />
        {label}
      </Button>
      <span role="status" aria-live="polite">
        {state === 'copied' ? 'Copied to the clipboard.' : ''}
        {state === 'failed' ? 'Could not copy; select the text and copy it yourself.' : ''}
      </span>
    </>
  );
}
