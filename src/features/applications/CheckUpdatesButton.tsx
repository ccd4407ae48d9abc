import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refreshStatuses } from '../../sync';
import { Button, formatDateTime } from '../../ui';

/** Reads the city hall's news now, rather than at the next minute's check. */
export function CheckUpdatesButton() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<{ busy: boolean; at?: string; failed?: boolean }>({
    busy: false,
  });
  async function check() {
    setState({ busy: true });
    try {
      await refreshStatuses();
      setState({ busy: false, at: new Date().toISOString() });
    } catch {
      setState({ busy: false, failed: true });
    }
  }
  return (
    <>
      <Button variant="secondary" onClick={() => void check()} disabled={state.busy}>
        {t('applications.checkUpdates.button')}
      </Button>
      <p role="status" className="meta">
        {state.at &&
          t('applications.checkUpdates.done', { when: formatDateTime(state.at, i18n.language) })}
        {state.failed && t('applications.checkUpdates.failed')}
      </p>
    </>
  );
}
