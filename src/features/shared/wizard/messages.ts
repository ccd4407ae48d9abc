import { useTranslation } from 'react-i18next';
import type { ProblemReason, WarningReason } from '../../../domain';

/**
 * Catalog text for the domain's named problems and warnings. The reasons are a closed union,
 * so the catalogs' keys are checked against it (test/unit/i18n) and every reason has a text.
 */
export function useReasonText() {
  const { t } = useTranslation();
  return {
    problem: (reason: ProblemReason) => t(`reasons.${reason}`),
    warning: (reason: WarningReason) => t(`warnings.${reason}`),
  };
}
