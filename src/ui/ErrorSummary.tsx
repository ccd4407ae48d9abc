import { useEffect, useRef } from 'react';

export interface SummaryError {
  /** The id of the field to fix: the link moves focus there. */
  fieldId?: string;
  message: string;
}

interface ErrorSummaryProps {
  title: string;
  errors: readonly (SummaryError | string)[];
  /**
   * Changes once per submit: the summary takes focus then, and only then (typing in a field
   * after a failed submit must not pull focus back up).
   */
  focusKey?: number;
}

/** Lists what to fix at the top of a form (GOV.UK pattern): a heading, a link to each field. */
export function ErrorSummary({ title, errors, focusKey = 0 }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const count = errors.length;
  const hasErrors = count > 0;
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
    // Focus on a new submit with errors (focusKey), not on every render while they stay.
  }, [focusKey, hasErrors]);
  if (!hasErrors) return null;
  return (
    <div
      className="banner banner--error error-summary"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-title"
    >
      <div role="alert">
        <h2 className="banner__title" id="error-summary-title">
          {title}
        </h2>
        <ul>
          {errors.map((error) => {
            const { fieldId, message } =
              typeof error === 'string' ? { fieldId: undefined, message: error } : error;
            return (
              <li key={`${fieldId ?? ''}${message}`}>
                {fieldId ? (
                  <a
                    href={`#${fieldId}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(fieldId)?.focus();
                    }}
                  >
                    {message}
                  </a>
                ) : (
                  message
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
