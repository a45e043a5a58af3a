import type { gridWorkerZhCN } from './zh-CN';

export const gridWorkerEn = {
  report: {
    title: 'Report an event',
    grid: 'Grid',
    category: 'Category',
    urgency: 'Urgency',
    address: 'Place',
    description: 'What is happening',
    photo: 'Photo',
    submit: 'Report',
    offline: 'No network: kept on this phone, sent automatically (once) when the network is back',
    pending: '{{count}} waiting to be sent',
    sent: 'Reported as {{number}}',
    locate: 'Use my location',
  },
  tasks: { empty: 'No events yet', dueOn: 'Stage due', overdue: 'Overdue', detail: 'Details' },
} satisfies typeof gridWorkerZhCN;
