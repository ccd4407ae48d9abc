import { useTranslation } from 'react-i18next';
import type { ApplicationRecord } from '../../data';
import { cityHallName, useCityHall } from '../shared/city-halls';
import { SummaryList } from '../shared/wizard/SummaryList';
import { copySummaryRows } from './summary-rows';

/** The request's answers on the application's own page. */
export function CertifiedCopySummary({ app }: { app: ApplicationRecord }) {
  const { t, i18n } = useTranslation();
  const hall = useCityHall(app.municipalityCode);
  if (app.payload.kind !== 'certified-copy') return null;
  const rows = copySummaryRows(
    app.payload,
    t,
    i18n.language,
    hall ? cityHallName(hall, i18n.language) : app.municipalityCode,
  );
  return <SummaryList rows={rows} />;
}
