import { useEffect } from 'react';

// Screens with a half-filled form register here, so an app update is never applied over them.
const dirtyForms = new Set<symbol>();

export function hasUnsavedInput(): boolean {
  return dirtyForms.size > 0;
}

export function useUnsavedInput(isDirty: boolean): void {
  useEffect(() => {
    if (!isDirty) return;
    const token = Symbol('form');
    dirtyForms.add(token);
    return () => {
      dirtyForms.delete(token);
    };
  }, [isDirty]);
}
