import type { DataPointBatchResult } from '@vitals/core';
import { Alert } from '../../components/Alert';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What a saved batch did: values added, corrected (old values kept as revisions), unchanged. */
export function SaveReport({ result }: { result: DataPointBatchResult }) {
  const { applied, created, revised, unchanged } = result;
  return (
    <Alert tone="success">
      <strong>
        Saved: {count(applied, 'value')} applied, {unchanged} unchanged.
      </strong>
      <ul aria-label="What was saved">
        <li>{count(created, 'new value')}</li>
        <li>
          {count(revised, 'revised value')}
          {revised > 0 && ' (the earlier values are kept in each point’s history)'}
        </li>
        <li>{count(unchanged, 'value')} already stored as typed, so left unchanged</li>
      </ul>
    </Alert>
  );
}
