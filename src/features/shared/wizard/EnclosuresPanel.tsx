import { useTranslation } from 'react-i18next';
import type { Enclosure } from '../../../domain';

/** What goes in the envelope (or to the counter), as a list to tick off when packing. */
export function EnclosuresPanel({
  enclosures,
  atCounter,
}: {
  enclosures: readonly Enclosure[];
  atCounter: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="enclosures-title" className="review-section">
      <h2 id="enclosures-title">
        {atCounter ? t('review.enclosures.titleCounter') : t('review.enclosures.title')}
      </h2>
      <ul>
        {enclosures.map((enclosure) => (
          <li key={enclosure}>{t(`enclosures.${enclosure}`)}</li>
        ))}
      </ul>
    </section>
  );
}
