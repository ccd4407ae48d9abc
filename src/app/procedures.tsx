import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ApplicationKind } from '../domain';
import type { ApplicationRecord } from '../data';
import type { WizardProps } from '../features/shared/wizard/wizard-props';

export type { WizardProps };

/** A procedure the app prepares: its questions and how an application of it is summed up. */
export interface AvailableProcedure {
  status: 'available';
  /** The first question of a new application. */
  firstPage: string;
  Wizard: LazyExoticComponent<ComponentType<WizardProps>>;
  Summary: LazyExoticComponent<ComponentType<{ app: ApplicationRecord }>>;
}

/** Known to the domain, not yet offered: no menu entry, no route. */
export interface PlannedProcedure {
  status: 'planned';
}

export type ProcedureEntry = AvailableProcedure | PlannedProcedure;

const certifiedCopy = () => import('../features/certified-copy');

/**
 * One entry per kind of application. Routes, the "new application" menu, the applications list
 * and the detail screen are generated from it: a new kind in the domain does not compile until
 * it has an entry here. Everything a procedure brings (its wizard, zod, the review rules) loads
 * only when one is opened.
 */
export const procedures: Record<ApplicationKind, ProcedureEntry> = {
  'certified-copy': {
    status: 'available',
    firstPage: 'city',
    Wizard: lazy(() => certifiedCopy().then((m) => ({ default: m.CertifiedCopyWizard }))),
    Summary: lazy(() => certifiedCopy().then((m) => ({ default: m.CertifiedCopySummary }))),
  },
  'move-out': { status: 'planned' },
  'code-change': { status: 'planned' },
  'slip-reissue': { status: 'planned' },
};

export function availableProcedure(kind: string): AvailableProcedure | undefined {
  const entry = (procedures as Record<string, ProcedureEntry | undefined>)[kind];
  return entry?.status === 'available' ? entry : undefined;
}

/** The kinds a person can start, in the domain's order. */
export const startableKinds = (Object.keys(procedures) as ApplicationKind[]).filter(
  (kind) => procedures[kind].status === 'available',
);
