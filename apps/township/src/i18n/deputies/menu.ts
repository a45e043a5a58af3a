/** The deputies area's namespace. Screens import it from ./index.ts, which registers the whole catalogue. */
export const DNS = 'deputies';

/** Its menu labels, registered with the shell's texts (../texts.ts): the menu shows them before any of the area's screens loads. */
export const deputiesMenuZhCN = {
  roster: '代表名册',
  organisation: '代表小组与联络站',
  meetings: '人代会与主席团会议',
  activities: '履职活动',
  profiles: '履职档案',
  contacts: '联系与接待',
  books: '六簿一册',
  records: '文件与先进事迹',
};
