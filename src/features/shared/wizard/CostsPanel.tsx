import { useTranslation } from 'react-i18next';
import type { Costs } from '../../../domain';
import { formatYen } from '../../../ui';

/** Face value → how many orders of it, largest first. */
function countOrders(orders: readonly number[]): [number, number][] {
  const counts = new Map<number, number>();
  for (const face of orders) counts.set(face, (counts.get(face) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => b - a);
}

/** What it costs: the fee, the money orders to buy for it, the stamps, and the total. */
export function CostsPanel({ costs, byMail }: { costs: Costs; byMail: boolean }) {
  const { t, i18n } = useTranslation();
  const yen = (amount: number) => formatYen(amount, i18n.language);
  const { fee, moneyOrders, postage } = costs;
  return (
    <section aria-labelledby="costs-title" className="review-section">
      <h2 id="costs-title">{t('review.costs.title')}</h2>
      <dl className="summary">
        <dt>{t('review.costs.fee')}</dt>
        <dd>
          {fee.kind === 'known' &&
            t('review.costs.feeKnown', {
              each: yen(fee.perDocumentYen),
              count: fee.documents,
              total: yen(fee.totalYen),
            })}
          {fee.kind === 'none' && t('review.costs.feeNone')}
          {fee.kind === 'unknown' && t('review.costs.feeUnknown')}
        </dd>
        {byMail && moneyOrders?.ok && (
          <>
            <dt>{t('review.costs.moneyOrders')}</dt>
            <dd>
              <ul className="plain-list">
                {countOrders(moneyOrders.orders).map(([face, count]) => (
                  <li key={face}>{t('review.costs.order', { face: yen(face), count })}</li>
                ))}
              </ul>
              <span className="meta">
                {t('review.costs.purchaseFee', { fee: yen(moneyOrders.purchaseFeeYen) })}
              </span>
            </dd>
          </>
        )}
        {byMail && fee.kind === 'known' && moneyOrders === null && (
          <>
            <dt>{t('review.costs.moneyOrders')}</dt>
            <dd>{t('review.costs.paymentAsCityInstructs')}</dd>
          </>
        )}
        {byMail && (
          <>
            <dt>{t('review.costs.postageOut')}</dt>
            <dd>{yen(postage.outgoingYen)}</dd>
          </>
        )}
        {postage.returnEnvelopeYen !== null && (
          <>
            <dt>{t('review.costs.returnEnvelope')}</dt>
            <dd>{yen(postage.returnEnvelopeYen)}</dd>
          </>
        )}
        <dt>{t('review.costs.total')}</dt>
        <dd>
          <strong>
            {costs.totalYen === null ? t('review.costs.totalUnknown') : yen(costs.totalYen)}
          </strong>
        </dd>
      </dl>
    </section>
  );
}
