import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../../data';

export function StatusBadge({ status, sending }: { status: ApplicationStatus; sending: boolean }) {
  const { t } = useTranslation();
  const shown = sending ? 'queued' : status;
  return (
    <span className={`badge badge--${shown}`}>
      {sending ? t('status.sending') : t(`status.${status}`)}
    </span>
  );
}
