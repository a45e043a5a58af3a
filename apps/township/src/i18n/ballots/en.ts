import { ballotsMenuEn } from './menu-en';
import type { BallotsTexts } from './zh-CN';

export const ballotsEn = {
  menu: ballotsMenuEn,
  title: 'Democratic evaluation',
  intro: 'Hold the on-site democratic evaluation of an appraisal: one-time ballot codes per evaluator group (printed and cut out, or sent to phones); evaluators vote on their phones without signing in. Codes are kept only as keyed hashes; a ballot records no voter, no code and no exact time.',
  ballot: {
    title: 'Democratic evaluation',
    codeLabel: 'Ballot code',
    codePlaceholder: 'e.g. ABCD-EFGH-JK',
    open: 'Start',
    intro: 'Your identity is not recorded. Each code works once.',
    thanks: 'Your ballot is in. Thank you.',
    closed: 'This evaluation is closed',
    notFound: 'No such evaluation',
    item: '{{item}}',
  },
  failed: 'Failed',
} satisfies BallotsTexts;
