import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The screen's h1. It takes focus when the screen opens, so a screen reader announces the new
 * screen after a route change instead of staying silent.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
