import type { DraftOf } from '../../domain';
import type { WizardFlow } from '../shared/wizard/flow';

export type CopyDraft = DraftOf<'certified-copy'>;

/** The questions, in the order a clerk would ask them; the city first, since its rules apply. */
export const certifiedCopyFlow: WizardFlow<CopyDraft, CopyPageId> = [
  { id: 'city', answered: (d) => d.municipalityCode !== undefined },
  { id: 'requester', answered: (d) => d.requester !== undefined },
  { id: 'records', answered: (d) => d.persons !== undefined && d.scope !== undefined },
  { id: 'registered', answered: (d) => d.subject !== undefined },
  { id: 'items', answered: (d) => d.show !== undefined && d.copies !== undefined },
  { id: 'purpose', answered: (d) => d.purpose !== undefined },
  { id: 'channel', answered: (d) => d.channel !== undefined },
  { id: 'photo', applies: (d) => d.channel === 'online', answered: () => true },
];

export type CopyPageId =
  'city' | 'requester' | 'records' | 'registered' | 'items' | 'purpose' | 'channel' | 'photo';
