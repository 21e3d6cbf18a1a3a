import type { OfferRequestStatus } from '../../../features/hosts';

/** What "My offers" says after the wizard saved an offer (passed as navigation state). */
export type OfferNotice = { status: OfferRequestStatus; title: string };

export function offerNoticeOf(state: unknown): OfferNotice | null {
  const notice = (state as { offerNotice?: Partial<OfferNotice> } | null)?.offerNotice;
  if (!notice || typeof notice.title !== 'string') return null;
  return notice.status === 'AVAILABLE' || notice.status === 'DRAFT'
    ? { status: notice.status, title: notice.title }
    : null;
}
