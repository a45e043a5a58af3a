import { countyBallotsMenuEn } from './menu-en';
import type { CountyBallotsTexts } from './zh-CN';

export const countyBallotsEn = {
  menu: countyBallotsMenuEn,
  title: 'Democratic evaluation',
  intro: "The democratic evaluations of the county's appraisals, held on site in the appraised townships: the county's check team sets one up, issues one-time ballot codes (printed and cut out, or sent to phones), cancels and replaces a lost code and closes it; live turnout (counts only) and each township's tally, a group below the threshold showing no figures.",
  campaign: 'Appraisal',
  campaignPlaceholder: "Choose one of the county's appraisals",
  empty: 'No township holds a democratic evaluation for this appraisal yet',
  columns: { township: 'Township', heldOn: 'Day', status: 'Status', group: 'Evaluator group', cast: 'Voted', issued: 'Codes issued', turnout: 'Turnout' },
  status: { open: 'Open', closed: 'Closed' },
  manage: { button: 'Codes and closing', view: 'View', title: 'Democratic evaluation · {{township}}' },
  countyHome: {
    intro: 'Democratic evaluation of county departments (a county-home appraisal): one per appraised department, set up by the standing committee, with codes, the department’s accounts voting signed in, and closing; closing writes the score into the department’s appraisal.',
    department: 'County department',
    departmentPlaceholder: 'Choose a department',
    none: 'No department to evaluate (the appraisal must be open, have evaluator groups, and appraise a department that holds none yet)',
    empty: 'No department holds a democratic evaluation for this appraisal yet',
  },
} satisfies CountyBallotsTexts;
