import { registerTexts } from '@pcs/ui';
import { DNS } from '../common/texts';

registerTexts(DNS, {
  'zh-CN': {
    activities: {
      title: '履职活动',
      caption: '代表履职活动台账',
      exportFile: '代表履职活动台账',
      search: '按主题、地点或内容搜索',
      create: '登记活动',
      createTitle: '登记履职活动',
      editTitle: '编辑履职活动',
      columns: { date: '日期', endDate: '结束日期', type: '活动形式', title: '活动主题', place: '地点', group: '代表小组', organiser: '组织单位', participants: '参加代表', participantCount: '参加人数', staff: '参加工作人员', summary: '活动情况' },
      groupHint: '由代表小组组织的活动记入该小组活动记录簿',
      addGroupMembers: '加入本小组全部在任代表',
      deputyFilter: '参加代表',
      supervision: '监督活动',
      supervisionTag: '监督活动',
      supervisionLink: '{{kind}}：{{title}}（{{state}}）',
      supervisionHint: '此活动由监督工作登记，日期、地点和参加代表在监督活动中维护；报告提交后计入代表履职积分',
    },
  },
  en: {
    activities: {
      title: 'Duty activities',
      caption: 'Duty activity ledger',
      exportFile: 'Duty activity ledger',
      search: 'Search topic, place or summary',
      create: 'Record an activity',
      createTitle: 'Record a duty activity',
      editTitle: 'Edit duty activity',
      columns: { date: 'Date', endDate: 'End date', type: 'Type', title: 'Topic', place: 'Place', group: 'Deputy group', organiser: 'Organiser', participants: 'Deputies', participantCount: 'Deputies', staff: 'Staff taking part', summary: 'Summary' },
      groupHint: "A deputy group's own activity goes into that group's activity book",
      addGroupMembers: "Add the group's serving deputies",
      deputyFilter: 'Deputy',
      supervision: 'Supervision activity',
      supervisionTag: 'Supervision',
      supervisionLink: '{{kind}}: {{title}} ({{state}})',
      supervisionHint: 'Recorded by supervision work: its days, place and deputies are kept in the supervision activity; it counts for points once its report is filed',
    },
  },
});
