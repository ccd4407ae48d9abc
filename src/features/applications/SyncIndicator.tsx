import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useOnline, useSyncSnapshot, useWaitingCount } from './queries';

/**
 * The quiet global line about sending: nothing when nothing waits; otherwise how many wait and
 * what for, linking to the applications. A polite live region, present even when empty, so a
 * screen reader hears the change without being interrupted.
 */
export function SyncIndicator() {
  const { t } = useTranslation();
  const count = useWaitingCount() ?? 0;
  const { sendingId, signInNeeded } = useSyncSnapshot();
  const online = useOnline();
  let text = '';
  if (sendingId) text = t('sync.sending');
  else if (count > 0 && signInNeeded) text = t('sync.signIn', { count });
  else if (count > 0 && !online) text = t('sync.offline', { count });
  else if (count > 0) text = t('sync.waiting', { count });
  return (
    <p className="meta sync-indicator" role="status" aria-label={t('sync.label')}>
      {text && <Link href="/applications">{text}</Link>}
    </p>
  );
}
