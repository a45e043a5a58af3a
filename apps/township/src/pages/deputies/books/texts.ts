import { registerTexts } from '@pcs/ui';
import { DNS } from '../common/texts';

registerTexts(DNS, {
  'zh-CN': {
    books: {
      title: '六簿一册',
      intro: '按《六簿一册》要求，由系统中的会议、事迹、来访、文件、建议、活动和代表名册记录自动生成，可打印或导出Excel。',
      open: '查看与打印',
      exportOne: '导出Excel',
      exportAll: '导出全部（Excel）',
      allFile: '{{tenant}}{{owner}}{{year}}年六簿一册',
      bookTitle: '{{tenant}}{{owner}} {{year}}年 {{book}}',
      printedOn: '制表日期：{{date}}',
      empty: '本年度无记录',
      describe: {
        presidium_meetings: '{{meeting}}的时间、出席人员、议题和决定事项',
        exemplary_deeds: '代表的先进事迹和表彰情况',
        letters_visits: '代表接待日来访和信访登记',
        documents: '上级和本级文件的收文、发文登记',
        motions_suggestions: '代表提出的议案、批评、建议和意见及办理情况',
        group_activities: '各代表小组的活动记录',
        roster: '按代表小组分组的代表花名册',
      },
    },
  },
  en: {
    books: {
      title: 'Six books and one roster',
      intro: "Produced from the product's records of meetings, deeds, visits, documents, suggestions, activities and the roster, as the township congress keeps them (六簿一册); print or export to Excel.",
      open: 'View and print',
      exportOne: 'Export to Excel',
      exportAll: 'Export all (Excel)',
      allFile: '{{tenant}} {{owner}} books {{year}}',
      bookTitle: '{{tenant}} {{owner}} · {{year}} · {{book}}',
      printedOn: 'Printed {{date}}',
      empty: 'No records this year',
      describe: {
        presidium_meetings: 'Each {{meeting}}: when, who attended, agenda and decisions',
        exemplary_deeds: "Deputies' exemplary deeds and commendations",
        letters_visits: 'Visits on reception days and registered petitions',
        documents: 'Documents received and sent',
        motions_suggestions: "Deputies' motions, criticisms, suggestions and their handling",
        group_activities: 'Activities of each deputy group',
        roster: 'Deputies listed by group',
      },
    },
  },
});
