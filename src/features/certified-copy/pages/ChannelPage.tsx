import { useTranslation } from 'react-i18next';
import { copyChannels, factValue, type CopyChannel } from '../../../domain';
import { formatYen, RadioGroup } from '../../../ui';
import { useServedOnline } from '../../shared/served-online';
import { inputId } from '../../shared/wizard/field-problems';
import { usePageForm } from '../../shared/wizard/use-page-form';
import { WizardPage } from '../../shared/wizard/WizardPage';
import { parseChannel } from '../models/purpose-and-channel';
import type { CopyPageProps } from './page-props';

/** How the request goes: by mail, online where the gateway serves the city, or at a counter. */
export function ChannelPage({ draft, hall, save, frame }: CopyPageProps) {
  const { t, i18n } = useTranslation();
  const servedOnline = useServedOnline(draft.municipalityCode) ?? false;
  const form = usePageForm<{ channel: CopyChannel | undefined }, CopyChannel>(
    { channel: draft.channel },
    ({ channel }) => parseChannel(channel, draft, servedOnline),
    (channel) => save({ ...draft, municipalityCode: draft.municipalityCode ?? '', channel }),
    () => t('copy.channel.legend'),
  );
  const wideArea = hall ? factValue(hall.municipality.wideAreaIssuance) : undefined;
  const offered = copyChannels.filter((channel) => channel !== 'online' || servedOnline);
  const hint = (channel: CopyChannel) => {
    if (channel !== 'wide-area-counter') return t(`copy.channel.options.${channel}.hint`);
    return wideArea
      ? t('copy.channel.options.wide-area-counter.hintKnown', {
          fee: formatYen(wideArea.feeYen, i18n.language),
          opens: wideArea.hours?.opens ?? '9:00',
          closes: wideArea.hours?.closes ?? '17:00',
        })
      : t('copy.channel.options.wide-area-counter.hint');
  };
  return (
    <WizardPage
      {...frame}
      title={t('copy.channel.title')}
      errors={form.summary}
      submitCount={form.submitCount}
      saveError={form.saveError}
      onSubmit={form.submit}
    >
      <RadioGroup
        id={inputId('channel')}
        legend={t('copy.channel.legend')}
        error={form.errorAt('channel')}
        options={offered.map((channel) => ({
          value: channel,
          label: t(`copy.channel.options.${channel}.label`),
          hint: hint(channel),
        }))}
        value={form.values.channel}
        onValueChange={(channel) => form.update({ channel })}
      />
      {!servedOnline && <p className="field__hint">{t('copy.channel.notOnline')}</p>}
    </WizardPage>
  );
}
