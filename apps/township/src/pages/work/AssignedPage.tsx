import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { WORK_NS } from '../../i18n/work';
import { SuggestionsPage } from '../suggestions/SuggestionsPage';
import { RectificationsPage } from '../supervision/RectificationsPage';

/** A handling unit's work: the suggestions and the rectification tasks assigned to it. */
export function AssignedPage() {
  const { t } = useTranslation(WORK_NS);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'rectifications' ? 'rectifications' : 'suggestions';
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('menu.assigned')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key })}
        items={[
          { key: 'suggestions', label: t('menu.suggestions'), children: <SuggestionsPage mode="handler" /> },
          { key: 'rectifications', label: t('menu.rectifications'), children: <RectificationsPage mode="handler" /> },
        ]}
      />
    </>
  );
}
