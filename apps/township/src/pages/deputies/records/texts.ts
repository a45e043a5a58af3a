import { registerTexts } from '@pcs/ui';
import { DNS } from '../common/texts';

registerTexts(DNS, {
  'zh-CN': {
    records: {
      title: '文件与先进事迹',
      documentsTab: '文件收发登记',
      deedsTab: '代表先进事迹',
      documentsCaption: '文件收发登记',
      documentsExport: '文件收发登记',
      deedsCaption: '代表先进事迹',
      deedsExport: '代表先进事迹',
      documentSearch: '按标题、文号或单位搜索',
      deedSearch: '按代表、事迹或表彰搜索',
      newDocument: '登记文件',
      editDocument: '编辑文件登记',
      newDeed: '记录先进事迹',
      editDeed: '编辑先进事迹',
      documentColumns: { direction: '收/发', date: '日期', docNumber: '文号', title: '文件标题', counterpart: '来文/发往单位', handling: '办理情况', handledBy: '经办人' },
      deedColumns: { date: '日期', deputy: '代表', title: '事迹', description: '主要内容', recognition: '表彰情况' },
    },
  },
  en: {
    records: {
      title: 'Documents and deeds',
      documentsTab: 'Documents register',
      deedsTab: 'Exemplary deeds',
      documentsCaption: 'Documents register',
      documentsExport: 'Documents register',
      deedsCaption: 'Exemplary deeds',
      deedsExport: 'Exemplary deeds',
      documentSearch: 'Search title, number or body',
      deedSearch: 'Search deputy, deed or recognition',
      newDocument: 'Register a document',
      editDocument: 'Edit document',
      newDeed: 'Record a deed',
      editDeed: 'Edit deed',
      documentColumns: { direction: 'In/out', date: 'Date', docNumber: 'Number', title: 'Title', counterpart: 'From / to', handling: 'Handling', handledBy: 'Handled by' },
      deedColumns: { date: 'Date', deputy: 'Deputy', title: 'Deed', description: 'Description', recognition: 'Recognition' },
    },
  },
});
