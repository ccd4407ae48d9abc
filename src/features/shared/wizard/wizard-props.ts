import type { ApplicationRecord } from '../../../data';

/** What the procedure registry gives a procedure's wizard. */
export interface WizardProps {
  /** null on the first page of a new application: the draft is made once it is answered. */
  app: ApplicationRecord | null;
  page: string;
}
