import { useId, type InputHTMLAttributes } from 'react';

// No placeholder prop: a label is always visible (placeholders vanish and fail contrast).
type NativeInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'placeholder' | 'id' | 'onChange' | 'value'
>;

interface TextFieldProps extends NativeInputProps {
  /** The input's id, for an error summary to link to; generated when absent. */
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onValueChange: (value: string) => void;
}

export function TextField({
  id: givenId,
  label,
  hint,
  error,
  value,
  onValueChange,
  ...input
}: TextFieldProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="field__hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field__error" id={errorId}>
          {error}
        </span>
      )}
      <input
        {...input}
        id={id}
        className="field__input"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}
