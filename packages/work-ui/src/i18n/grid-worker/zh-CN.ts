/** The grid worker's phone screen (上报事件 and 我的任务): a catalogue of its own, so the screen loads no other work texts (decision 82). */
export const gridWorkerZhCN = {
  report: {
    title: '上报事件',
    grid: '网格',
    category: '类别',
    urgency: '紧急程度',
    address: '地点',
    description: '情况描述',
    photo: '现场照片',
    submit: '上报',
    offline: '当前无网络：已保存在本机，联网后自动发送（只发送一次）',
    pending: '待发送 {{count}} 条',
    sent: '已上报，编号 {{number}}',
    locate: '获取位置',
  },
  tasks: { empty: '暂无事件', dueOn: '本环节时限', overdue: '逾期', detail: '详情' },
};
