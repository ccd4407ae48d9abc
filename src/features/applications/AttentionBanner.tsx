import { useTranslation } from 'react-i18next';
import type { AttentionReason } from '../../data';
import { Banner } from '../../ui';

// Codes with their own advice; any other refusal gets the general one.
const advised = [
  'payload-invalid',
  'sealed-payload-unreadable',
  'unknown-municipality',
  'too-large',
  'payload-too-large',
  'idempotency-key-reused',
  'forbidden',
] as const;
type Advised = (typeof advised)[number];
const isAdvised = (code: string): code is Advised => (advised as readonly string[]).includes(code);

/** Why the city hall refused the application, and what the person can do about it. */
export function AttentionBanner({ reason }: { reason: AttentionReason | undefined }) {
  const { t } = useTranslation();
  const code = reason?.code ?? 'internal';
  return (
    <Banner tone="error" title={t('applications.attention.title')}>
      <p>
        {t('applications.attention.why', {
          reason: t(`problems.${code}`, { defaultValue: t('problems.internal') }),
        })}
      </p>
      <p>
        {isAdvised(code)
          ? t(`applications.attention.todo.${code}`)
          : t('applications.attention.todo.default')}
      </p>
    </Banner>
  );
}
