import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { addMember } from '../../data';
import { PageHeading } from '../../ui';

// The form loads on first use: its era-date reading brings the calendar module (and zod).
const MemberForm = lazy(() => import('./MemberForm'));

export function AddMemberScreen() {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  return (
    <>
      <PageHeading>{t('member.title')}</PageHeading>
      <Suspense fallback={null}>
        <MemberForm
          dateEntry={i18n.language.startsWith('ja') ? 'era' : 'western'}
          submitLabel={t('member.save')}
          onCancel={() => navigate('/')}
          onSave={async (input) => {
            const result = await addMember(input);
            if (result.ok) navigate('/');
            return result.ok;
          }}
        />
      </Suspense>
    </>
  );
}
