import type { CountyBallotsTexts } from './zh-CN';

export const countyBallotsEn = {
  menu: 'Democratic evaluation',
  title: 'Democratic evaluation turnout',
  intro: "The democratic evaluations the townships hold for the county's appraisals: live turnout (counts only) and each township's tally; a group below the threshold shows no figures.",
  campaign: 'Appraisal',
  campaignPlaceholder: "Choose one of the county's appraisals",
  empty: 'No township holds a democratic evaluation for this appraisal yet',
  columns: { township: 'Township', heldOn: 'Day', status: 'Status', group: 'Evaluator group', cast: 'Voted', issued: 'Codes issued', turnout: 'Turnout' },
  status: { open: 'Open', closed: 'Closed' },
  tally: { button: 'Tally', title: 'Tally · {{township}}', hidden: 'Fewer than {{min}} ballots: not shown', score: 'Combined score', noScore: 'No points per grade: no score', override: 'Lowest-grade votes above the stated share: lowest grade', valid: '{{n}} valid' },
} satisfies CountyBallotsTexts;
