import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { defaultLockSettings } from '../../data';
import { LinkButton, PageHeading } from '../../ui';

/**
 * What Madoguchi keeps, where, what leaves the phone and what the person can do: the plain-words
 * part of docs/privacy.md, kept in step with it. Static text only, so it opens while the vault is
 * locked or not yet set up (the lock and first-run screens link here).
 */
export function PrivacyScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('privacy.title')}</PageHeading>
      <p>{t('privacy.intro')}</p>

      <h2>{t('privacy.short.title')}</h2>
      <ul>
        <li>{t('privacy.short.local')}</li>
        <li>{t('privacy.short.onlyYou')}</li>
        <li>{t('privacy.short.send')}</li>
        <li>{t('privacy.short.noTracking')}</li>
      </ul>

      <h2>{t('privacy.stored.title')}</h2>
      <p>{t('privacy.stored.intro')}</p>
      <ul>
        <li>{t('privacy.stored.people')}</li>
        <li>{t('privacy.stored.numbers')}</li>
        <li>{t('privacy.stored.papers')}</li>
        <li>{t('privacy.stored.answers')}</li>
      </ul>
      <p>{t('privacy.stored.locked')}</p>
      <p>{t('privacy.stored.clear')}</p>

      <h2>{t('privacy.lock.title')}</h2>
      <ul>
        <li>
          {t('privacy.lock.auto', {
            hidden: defaultLockSettings.hiddenMinutes,
            idle: defaultLockSettings.idleMinutes,
          })}
        </li>
        <li>{t('privacy.lock.now')}</li>
        <li>{t('privacy.lock.tabs')}</li>
        <li>{t('privacy.lock.locked')}</li>
        <li>{t('privacy.lock.passkey')}</li>
        <li>{t('privacy.lock.wrong')}</li>
      </ul>

      <h2>{t('privacy.forgot.title')}</h2>
      <p>{t('privacy.forgot.intro')}</p>
      <ul>
        <li>{t('privacy.forgot.restore')}</li>
        <li>{t('privacy.forgot.wipe')}</li>
      </ul>
      <p>{t('privacy.forgot.note')}</p>

      <h2>{t('privacy.leaves.title')}</h2>
      <p>{t('privacy.leaves.when')}</p>
      <ul>
        <li>{t('privacy.leaves.sealed')}</li>
        <li>{t('privacy.leaves.photos')}</li>
        <li>{t('privacy.leaves.signIn')}</li>
        <li>{t('privacy.leaves.waitsForUnlock')}</li>
        <li>{t('privacy.leaves.with')}</li>
        <li>{t('privacy.leaves.answers')}</li>
      </ul>
      <p>{t('privacy.leaves.nothingElse')}</p>
      <p>{t('privacy.leaves.camera')}</p>
      <p>{t('privacy.leaves.downloads')}</p>

      <h2>{t('privacy.keep.title')}</h2>
      <ul>
        <li>{t('privacy.keep.persist')}</li>
        <li>{t('privacy.keep.backup')}</li>
        <li>{t('privacy.keep.restore')}</li>
      </ul>

      <h2>{t('privacy.wipe.title')}</h2>
      <ul>
        <li>{t('privacy.wipe.what')}</li>
        <li>{t('privacy.wipe.revoke')}</li>
        <li>{t('privacy.wipe.traces')}</li>
        <li>{t('privacy.wipe.undo')}</li>
        <li>{t('privacy.wipe.signOut')}</li>
      </ul>

      <h2>{t('privacy.limits.title')}</h2>
      <ul>
        <li>{t('privacy.limits.unlocked')}</li>
        <li>{t('privacy.limits.screenshots')}</li>
        <li>{t('privacy.limits.paper')}</li>
        <li>{t('privacy.limits.backupFile')}</li>
        <li>{t('privacy.limits.harmfulApps')}</li>
        <li>{t('privacy.limits.cityHall')}</li>
        <li>{t('privacy.limits.network')}</li>
      </ul>

      <h2>{t('privacy.law.title')}</h2>
      <ul>
        <li>{t('privacy.law.code')}</li>
        <li>{t('privacy.law.individualNumber')}</li>
        <li>{t('privacy.law.madoguchi')}</li>
      </ul>

      <p>
        <Link href="/settings">{t('privacy.settingsLink')}</Link>
      </p>
      <div className="actions">
        <LinkButton href="/" variant="secondary">
          {t('privacy.back')}
        </LinkButton>
      </div>
    </>
  );
}
