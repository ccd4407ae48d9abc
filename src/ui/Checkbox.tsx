import { useId, type ReactNode } from 'react';

interface CheckboxProps {
  id?: string;
  label: ReactNode;
  error?: string;
  hint?: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
}

export function Checkbox({
  id: givenId,
  label,
  hint,
  error,
  checked,
  onCheckedChange,
}: CheckboxProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="choice">
      {error && (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      )}
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onCheckedChange(event.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      <label htmlFor={id}>
        {label}
        {hint && (
          <span className="field__hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
      </label>
    </div>
  );
}
