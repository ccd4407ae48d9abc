import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { codeNotChecked, type MemberRecord } from '../../data';
import { LinkButton, PageHeading, formatDateOfBirth } from '../../ui';
import { InstallOffer } from '../shared/install/InstallOffer';
import { useMembers } from './queries';
import { RevealNumber } from './RevealNumber';

function MemberCard({ member }: { member: MemberRecord }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="card">
      {member.furigana && (
        <p className="meta" lang="ja">
          {member.furigana}
        </p>
      )}
      <p className="card__title" id={`${member.id}-name`}>
        {member.name}
      </p>
      {member.residenceCardName && member.residenceCardName !== member.name && (
        <p className="meta">{t('wallet.residenceCardName', { name: member.residenceCardName })}</p>
      )}
      {member.alias && <p className="meta">{t('wallet.alias', { name: member.alias })}</p>}
      <p className="meta">
        {t('wallet.born', { date: formatDateOfBirth(member.dateOfBirth, i18n.language) })}
      </p>
      <p className="meta">
        {member.residentRecordCode ? (
          <>
            {t('wallet.codeLabel')}{' '}
            <RevealNumber
              value={member.residentRecordCode}
              visible={3}
              maskedLabel={t('wallet.codeMaskedLabel', {
                last: member.residentRecordCode.slice(-3),
              })}
              showLabel={t('wallet.showCode')}
            />
          </>
        ) : (
          t('wallet.noCode')
        )}
      </p>
      {codeNotChecked(member) && (
        <p className="meta">
          <span className="badge badge--needs-attention">{t('wallet.notChecked')}</span>{' '}
          {t('wallet.notCheckedBody')}
        </p>
      )}
      {member.individualNumber && (
        <p className="meta">
          {t('wallet.individualNumberLabel')}{' '}
          <RevealNumber
            value={member.individualNumber}
            visible={4}
            maskedLabel={t('wallet.individualNumberMaskedLabel', {
              last: member.individualNumber.slice(-4),
            })}
            showLabel={t('wallet.showIndividualNumber')}
          />
        </p>
      )}
      <p className="card__link">
        {/* Named "Edit <name>" from the card's own title, so the name is on the page once. */}
        <Link
          href={`/members/${member.id}/edit`}
          aria-labelledby={`${member.id}-edit ${member.id}-name`}
        >
          <span id={`${member.id}-edit`}>{t('wallet.edit')}</span>
        </Link>
      </p>
    </li>
  );
}

export function WalletScreen() {
  const { t } = useTranslation();
  const members = useMembers();
  return (
    <>
      <PageHeading>{t('wallet.title')}</PageHeading>
      <p>{t('wallet.intro')}</p>
      <InstallOffer dismissible />
      {members && members.length === 0 && (
        <div className="card">
          <p className="card__title">{t('wallet.empty.title')}</p>
          <p className="meta">{t('wallet.empty.body')}</p>
        </div>
      )}
      {members && members.length > 0 && (
        <ul className="plain-list" aria-label={t('wallet.listLabel')}>
          {members.map((member) => (
            <MemberCard member={member} key={member.id} />
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
