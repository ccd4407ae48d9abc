import type { ApplicationRecord, MemberRecord } from '../../../data';
import type { CityHall } from '../../shared/city-halls';
import type { CopyDraft } from '../flow';

/** What every question page of the certified-copy wizard gets from the wizard. */
export interface CopyPageProps {
  app: ApplicationRecord | null;
  draft: CopyDraft;
  members: MemberRecord[];
  /** null until a city is chosen. */
  hall: CityHall | null;
  /** Saves the answers (the household members they name are found by name and birth date). */
  save: (draft: CopyDraft & { municipalityCode: string }) => Promise<void>;
  frame: {
    caption: string;
    backHref: string | null;
    progress?: { step: number; total: number };
  };
}
