import type { ReactNode } from 'react';
import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { WORK_NS } from './i18n/work';

/** Suggestions and rectification tasks as two tabs of one page; the tab is kept in the URL (?tab=) so notifications can open either. */
export function WorkTabs({ title, suggestions, rectifications, gridEvents }: { title: string; suggestions: ReactNode; rectifications: ReactNode; gridEvents?: ReactNode }) {
  const { t } = useTranslation(WORK_NS);
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab = asked === 'rectifications' || (asked === 'grid-events' && gridEvents) ? asked : 'suggestions';
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {title}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key })}
        items={[
          { key: 'suggestions', label: t('menu.suggestions'), children: suggestions },
          { key: 'rectifications', label: t('menu.rectifications'), children: rectifications },
          ...(gridEvents ? [{ key: 'grid-events', label: t('menu.gridEvents'), children: gridEvents }] : []),
        ]}
      />
    </>
  );
}
