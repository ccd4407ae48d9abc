import { useLocation, useSearch } from 'wouter';
import { createDraft, updateDraft, type ApplicationRecord } from '../../../data';
import type { DraftPayload } from '../../../domain';
import { CHECK_PAGE, nextPageId, wizardHref, type WizardFlow } from './flow';

/** Set on a page opened from Check your answers: saving goes back there. */
export const CHANGE_PARAM = 'change';

/**
 * Saves a page's answers into the draft (creating it on the first page) and moves on: to the
 * next question, or back to Check your answers when the person came from there.
 */
export function useWizardSave<D extends DraftPayload & { municipalityCode?: string }>(
  flow: WizardFlow<D>,
  app: ApplicationRecord | null,
  pageId: string,
) {
  const [, navigate] = useLocation();
  const changing = new URLSearchParams(useSearch()).has(CHANGE_PARAM);
  return async (draft: D & { municipalityCode: string }, memberIds?: string[]) => {
    const id = app
      ? (await updateDraft(app.id, draft, memberIds), app.id)
      : await createDraft(draft, memberIds);
    const next = changing ? CHECK_PAGE : nextPageId(flow, pageId, draft);
    // A fresh draft replaces the "new" page in history: Back goes to the draft's own pages.
    navigate(wizardHref(id, next), { replace: app === null });
  };
}
