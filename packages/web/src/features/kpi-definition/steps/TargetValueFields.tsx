import { TextField } from '../../../components/Field';

type Part = 'value' | 'lower' | 'upper';

/**
 * The value of a target as typed: one number, or a band's two bounds. `errorOf` takes the field
 * key under the target (`value`, `value/lower`, `value/upper`); `onChange` the key changed.
 */
export function TargetValueFields(props: {
  band: boolean;
  label: string;
  hint: string;
  /** Input names, for a form that has one target (browser tests find inputs by them). */
  names?: Record<Part, string>;
  text: Record<Part, string>;
  onChange: (part: Part, text: string, field: string) => void;
  errorOf: (field: string) => string | undefined;
}) {
  const { band, names, text, onChange, errorOf } = props;
  if (!band) {
    return (
      <TextField
        label={props.label}
        name={names?.value}
        hint={props.hint}
        inputMode="decimal"
        value={text.value}
        onChange={(e) => onChange('value', e.target.value, 'value')}
        error={errorOf('value')}
      />
    );
  }
  return (
    <>
      <TextField
        label="Lower bound"
        name={names?.lower}
        inputMode="decimal"
        value={text.lower}
        onChange={(e) => onChange('lower', e.target.value, 'value/lower')}
        error={errorOf('value/lower')}
      />
      <TextField
        label="Upper bound"
        name={names?.upper}
        inputMode="decimal"
        value={text.upper}
        onChange={(e) => onChange('upper', e.target.value, 'value/upper')}
        error={errorOf('value/upper') ?? errorOf('value')}
      />
    </>
  );
}
