import { CHECK_IN_STATUS_CALLS, type CheckInStatusCall } from '@vitals/core';
import { Icon } from '../../components/Icon';
import { RadioGroup } from '../../components/RadioGroup';
import { presentStatus } from '../../format/status';

const MEANING: Record<CheckInStatusCall, string> = {
  on_track: 'We expect to reach the target as things stand.',
  at_risk: 'We may miss the target unless something changes.',
  off_track: 'We will miss the target as things stand; we need a new plan.',
};

/** The reviewer's own call, each option shown with its icon and word (never colour alone). */
export function StatusCallField({
  value,
  onChange,
  error,
  disabled,
}: {
  value: CheckInStatusCall;
  onChange: (value: CheckInStatusCall) => void;
  error?: string;
  disabled?: boolean;
}) {
  return (
    <RadioGroup
      legend="Our call"
      hint="Your judgement may differ from the computed status; say why below."
      name="statusCall"
      columns
      value={value}
      onChange={onChange}
      error={error}
      disabled={disabled}
      options={CHECK_IN_STATUS_CALLS.map((call) => {
        const p = presentStatus(call);
        return {
          value: call,
          label: (
            <span
              style={{
                color: `var(${p.colorToken})`,
                display: 'inline-flex',
                alignItems: 'center',
                gap: '0.375rem',
              }}
            >
              <Icon name={p.icon} />
              {p.label}
            </span>
          ),
          description: MEANING[call],
        };
      })}
    />
  );
}
