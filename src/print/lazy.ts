import type * as Print from './index';

/** The only way start-up code should reach the print module: a separate chunk, loaded on use. */
export function loadPrint(): Promise<typeof Print> {
  return import('./index');
}
