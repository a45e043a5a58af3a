import { useTranslation } from 'react-i18next';
import { GridEventList, WORK_NS, WorkScopeContext } from '@pcs/work-ui';

/** The county grid office (二级网格): every escalated or overdue event of the county; it urges and reassigns, nothing else. */
export function CountyGridOfficePage() {
  const { t } = useTranslation(WORK_NS);
  return (
    <WorkScopeContext.Provider value="county">
      <GridEventList title={t('gridEvents.countyTitle')} />
    </WorkScopeContext.Provider>
  );
}
