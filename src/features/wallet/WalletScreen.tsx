import { useTranslation } from 'react-i18next';
import { LinkButton, PageHeading, formatDate, maskDigits } from '../../ui';
import { useMembers } from './queries';

export function WalletScreen() {
  const { t, i18n } = useTranslation();
  const members = useMembers();
  return (
    <>
      <PageHeading>{t('wallet.title')}</PageHeading>
      <p>{t('wallet.intro')}</p>
      {members && members.length === 0 && (
        <div className="card">
          <p className="card__title">{t('wallet.empty.title')}</p>
          <p className="meta">{t('wallet.empty.body')}</p>
        </div>
      )}
      {members && members.length > 0 && (
        <ul className="plain-list" aria-label={t('wallet.listLabel')}>
          {members.map((member) => (
            <li className="card" key={member.id}>
              <p className="card__title">{member.name}</p>
              <p className="meta">
                {t('wallet.born', { date: formatDate(member.dateOfBirth, i18n.language) })}
              </p>
              <p className="meta">
                {member.residentRecordCode ? (
                  <>
                    {t('wallet.codeLabel')}{' '}
                    <span
                      className="code"
                      aria-label={t('wallet.codeMaskedLabel', {
                        last: member.residentRecordCode.slice(-3),
                      })}
                    >
                      {maskDigits(member.residentRecordCode)}
                    </span>
                  </>
                ) : (
                  t('wallet.noCode')
                )}
              </p>
              {member.individualNumber && (
                <p className="meta">
                  {t('wallet.individualNumberLabel')}{' '}
                  <span
                    className="code"
                    aria-label={t('wallet.individualNumberMaskedLabel', {
                      last: member.individualNumber.slice(-4),
                    })}
                  >
                    {maskDigits(member.individualNumber, 4)}
                  </span>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <LinkButton href="/members/new">{t('wallet.add')}</LinkButton>
        <LinkButton href="/applications/new/certified-copy" variant="secondary">
          {t('wallet.startRequest')}
        </LinkButton>
      </div>
    </>
  );
}
