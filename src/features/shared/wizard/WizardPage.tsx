import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Banner, Button, ErrorSummary, PageHeading, type SummaryError } from '../../../ui';

interface WizardPageProps {
  /** What the whole application is ("Request a certified copy"), above the question. */
  caption: string;
  title: string;
  intro?: ReactNode;
  backHref: string | null;
  progress?: { step: number; total: number };
  errors: readonly SummaryError[];
  /** Changes on each submit, so the error summary takes focus once per submit. */
  submitCount: number;
  saveError?: string;
  continueLabel?: string;
  onSubmit: () => void | Promise<void>;
  children: ReactNode;
}

/** One question page (GOV.UK pattern): back link, progress, the question, errors, Continue. */
export function WizardPage({
  caption,
  title,
  intro,
  backHref,
  progress,
  errors,
  submitCount,
  saveError,
  continueLabel,
  onSubmit,
  children,
}: WizardPageProps) {
  const { t } = useTranslation();
  function submit(event: FormEvent) {
    event.preventDefault();
    void onSubmit();
  }
  return (
    <>
      {backHref && (
        <p>
          <Link href={backHref} className="back-link">
            {t('wizard.back')}
          </Link>
        </p>
      )}
      {progress && progress.step > 0 && (
        <p className="meta wizard__progress">
          {t('wizard.progress', { step: progress.step, total: progress.total })}
        </p>
      )}
      <p className="wizard__caption">{caption}</p>
      <PageHeading>{title}</PageHeading>
      {intro}
      <ErrorSummary title={t('errors.summaryTitle')} errors={errors} focusKey={submitCount} />
      {saveError && (
        <Banner tone="error" role="alert">
          <p>{saveError}</p>
        </Banner>
      )}
      {/* autoComplete off: the browser's form history would keep names and addresses in clear
          in its profile, outside the vault (test/e2e/vault/vault-profile.test.ts). */}
      <form onSubmit={submit} noValidate autoComplete="off">
        {children}
        <div className="actions">
          <Button type="submit">{continueLabel ?? t('wizard.continue')}</Button>
        </div>
      </form>
    </>
  );
}
