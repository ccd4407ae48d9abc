/** The papers Madoguchi prepares. The order is the order the app lists them in. */
export const applicationKinds = [
  'move-out',
  'certified-copy',
  'code-change',
  'slip-reissue',
] as const;

export type ApplicationKind = (typeof applicationKinds)[number];
