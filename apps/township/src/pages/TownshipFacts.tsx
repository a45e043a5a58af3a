import { useTranslation } from 'react-i18next';
import { TENANT_KIND_LABELS } from '@pcs/domain';
import { useLanguage } from '@pcs/ui';
import { NS } from '../i18n/texts';
import { useSession } from '../session/SessionContext';
import { useCongressWording } from '../session/useCongressWording';

/** The township, its kind and its congress body: the homes' welcome facts, on the desk (`dk-dl`) and on a phone (`pk-dl`). */
export function TownshipFacts({ className }: { className: 'dk-dl' | 'pk-dl' }) {
  const { t } = useTranslation(NS);
  const { pick } = useLanguage();
  const { tenant } = useSession();
  const wording = useCongressWording();
  return (
    <dl className={className}>
      <dt>{t('home.tenant')}</dt>
      <dd data-testid="home-tenant-name">{tenant.name}</dd>
      <dt>{t('home.kind')}</dt>
      <dd data-testid="home-tenant-kind">{pick(TENANT_KIND_LABELS[tenant.kind])}</dd>
      <dt>{t('home.body')}</dt>
      {/* Sub-districts have a working committee (人大工委) instead of a congress presidium. */}
      <dd data-testid="home-congress-body">{pick(wording.bodyFull)}</dd>
    </dl>
  );
}
