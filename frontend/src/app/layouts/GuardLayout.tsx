import type { ReactNode } from 'react';
import { PageLayout, SiteHeader } from '../../components/layout';

/** A plain frame for what guards show before a page can render (loading, server unreachable). */
export function GuardLayout({ children }: { children: ReactNode }) {
  return <PageLayout header={<SiteHeader homePath="/" />}>{children}</PageLayout>;
}
