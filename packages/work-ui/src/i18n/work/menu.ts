/** The work screens' namespace. Screens import it from ./index.ts, which registers the whole catalogue. */
export const WORK_NS = 'work';

/** Their menu labels and the header's notification bell, registered with the shell (../index.ts, imported by the package's entry): both apps' menus show them before any of these screens loads. */
export const workMenuZhCN = { gridEvents: '网格事件', gridWorker: '网格员', departmentWork: '本部门交办事项', countySupervision: '建议与整改督办', suggestions: '代表建议', assigned: '交办事项', supervision: '监督工作', rectifications: '整改督办', petitions: '信访', notifications: '消息通知', gridTasks: '我的任务', bell: '消息通知（{{count}} 条未读）' };
