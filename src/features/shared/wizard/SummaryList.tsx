import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export interface SummaryRow {
  key: string;
  label: string;
  /** Missing answers read "Not answered yet". */
  value: string | string[] | undefined;
  /** Where to change it (Check your answers only). */
  changeHref?: string;
  /** The value's own language when it differs from the page's (an address in Japanese). */
  lang?: string;
}

/** Every answer with its label and a Change link (GOV.UK summary list). */
export function SummaryList({ rows }: { rows: readonly SummaryRow[] }) {
  const { t } = useTranslation();
  return (
    <dl className="summary summary--answers">
      {rows.map((row) => {
        const values = row.value === undefined ? [] : [row.value].flat();
        return (
          <div className="summary__row" key={row.key}>
            <dt>{row.label}</dt>
            <dd lang={values.length > 0 ? row.lang : undefined}>
              {values.length === 0 ? (
                <span className="meta">{t('wizard.notAnswered')}</span>
              ) : (
                values.map((value) => (
                  <span className="summary__value" key={value}>
                    {value}
                  </span>
                ))
              )}
            </dd>
            {row.changeHref && (
              <dd className="summary__action">
                <Link href={row.changeHref}>
                  {t('wizard.change')}
                  <span className="visually-hidden"> {row.label}</span>
                </Link>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}
