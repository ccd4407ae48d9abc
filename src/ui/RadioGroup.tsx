import { useId } from 'react';

interface RadioOption<T extends string> {
  value: T;
  label: string;
  hint?: string;
  /** The option's own language, when it differs from the page's (a language name). */
  lang?: string;
}

interface RadioGroupProps<T extends string> {
  /** The first choice's id, for an error summary to link to. */
  id?: string;
  legend: string;
  hint?: string;
  error?: string;
  options: readonly RadioOption<T>[];
  value: T | undefined;
  onValueChange: (value: T) => void;
}

export function RadioGroup<T extends string>({
  id: firstId,
  legend,
  hint,
  error,
  options,
  value,
  onValueChange,
}: RadioGroupProps<T>) {
  const name = useId();
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset className="fieldset" aria-describedby={describedBy || undefined}>
      <legend className="fieldset__legend">{legend}</legend>
      {hint && (
        <span className="field__hint" id={`${name}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field__error" id={`${name}-error`}>
          {error}
        </span>
      )}
      {options.map((option, index) => {
        const id = index === 0 && firstId ? firstId : `${name}-${option.value}`;
        return (
          <div className="choice" key={option.value}>
            <input
              id={id}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onValueChange(option.value)}
            />
            <label htmlFor={id} lang={option.lang}>
              {option.label}
              {option.hint && <span className="field__hint">{option.hint}</span>}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
