import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { getMember, updateMember } from '../../data';
import { LinkButton, PageHeading } from '../../ui';
import { useUnlockedQuery } from '../shared/use-unlocked-query';
import { memberFormFrom } from './member-form';
import { RemoveMemberControl } from './RemoveMemberControl';

const MemberForm = lazy(() => import('./MemberForm'));

/** Correcting a member: every field as when added, and removing them from the household. */
export function EditMemberScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  // null once loaded and not found (removed, or a stale link).
  const member = useUnlockedQuery(async () => (await getMember(id)) ?? null, [id]);
  if (member === undefined) return null;
  if (member === null) {
    return (
      <>
        <PageHeading>{t('member.edit.notFoundTitle')}</PageHeading>
        <p>{t('member.edit.notFoundBody')}</p>
        <LinkButton href="/">{t('member.edit.back')}</LinkButton>
      </>
    );
  }
  const dateEntry = i18n.language.startsWith('ja') ? 'era' : 'western';
  return (
    <>
      <PageHeading>{t('member.edit.title')}</PageHeading>
      <Suspense fallback={null}>
        <MemberForm
          key={member.id}
          initial={memberFormFrom(member, dateEntry)}
          dateEntry={dateEntry}
          submitLabel={t('member.edit.save')}
          onCancel={() => navigate('/')}
          onSave={async (input) => {
            const result = await updateMember(id, input);
            if (result.ok) navigate('/');
            return result.ok;
          }}
        >
          <RemoveMemberControl id={member.id} name={member.name} />
        </MemberForm>
      </Suspense>
    </>
  );
}
