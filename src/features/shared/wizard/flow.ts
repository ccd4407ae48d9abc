import type { DraftPayload } from '../../../domain';

/** One question page of a wizard; `applies` hides pages an earlier answer made pointless. */
export interface WizardPageSpec<D extends DraftPayload, P extends string = string> {
  id: P;
  applies?: (draft: D) => boolean;
  /** Answered: the page's answers are in the draft (the Check page needs every page answered). */
  answered: (draft: D) => boolean;
}

export type WizardFlow<D extends DraftPayload, P extends string = string> = readonly WizardPageSpec<
  D,
  P
>[];

export const CHECK_PAGE = 'check';

export function pagesFor<D extends DraftPayload>(flow: WizardFlow<D>, draft: D) {
  return flow.filter((page) => page.applies?.(draft) ?? true);
}

/** The page after `current` (the Check page after the last). */
export function nextPageId<D extends DraftPayload>(
  flow: WizardFlow<D>,
  current: string,
  draft: D,
): string {
  const pages = pagesFor(flow, draft);
  const index = pages.findIndex((page) => page.id === current);
  return pages[index + 1]?.id ?? CHECK_PAGE;
}

/** The page before `current`, or null on the first page. */
export function previousPageId<D extends DraftPayload>(
  flow: WizardFlow<D>,
  current: string,
  draft: D,
): string | null {
  const pages = pagesFor(flow, draft);
  if (current === CHECK_PAGE) return pages.at(-1)?.id ?? null;
  const index = pages.findIndex((page) => page.id === current);
  return index > 0 ? (pages[index - 1]?.id ?? null) : null;
}

/** The first page still unanswered, or null when every page is. */
export function firstUnansweredPage<D extends DraftPayload>(
  flow: WizardFlow<D>,
  draft: D,
): string | null {
  return pagesFor(flow, draft).find((page) => !page.answered(draft))?.id ?? null;
}

/** "Question 3 of 7": the position among the pages that apply. */
export function progressOf<D extends DraftPayload>(
  flow: WizardFlow<D>,
  current: string,
  draft: D,
): { step: number; total: number } {
  const pages = pagesFor(flow, draft);
  const index = pages.findIndex((page) => page.id === current);
  return { step: index + 1, total: pages.length };
}

export const wizardHref = (applicationId: string, pageId: string) =>
  `/applications/${applicationId}/answers/${pageId}`;
