import { useEffect, useRef } from 'react';

interface ErrorSummaryProps {
  title: string;
  errors: string[];
}

/** Lists what to fix at the top of a form and takes focus, so no one misses it. */
export function ErrorSummary({ title, errors }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const count = errors.length;
  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [count, errors]);
  if (count === 0) return null;
  return (
    <div className="banner banner--error" role="alert" tabIndex={-1} ref={ref}>
      <p className="banner__title">{title}</p>
      <ul>
        {errors.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
    </div>
  );
}
