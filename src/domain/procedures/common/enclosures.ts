/** What goes in the envelope (or, for counter procedures, what to bring), in checklist order. */
export const enclosureKinds = [
  'move-out-notice',
  'request-form',
  'photo-id-copy',
  'photo-id',
  'proxy-letter',
  'legal-representative-proof',
  'third-party-reason-documents',
  'money-orders',
  'fee-payment-as-city-instructs',
  'return-envelope',
] as const;

export type Enclosure = (typeof enclosureKinds)[number];
