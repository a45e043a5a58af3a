import { ballotsMenuEn } from './menu';
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
    abstain: 'Abstain',
    unknown: 'Do not know',
    submit: 'Submit the ballot',
    confirmSubmit: 'A ballot cannot be changed once submitted. Submit?',
    thanks: 'Your ballot is in. Thank you.',
    closed: 'This evaluation is closed',
    notFound: 'No such evaluation',
    choose: 'Answer every question (abstain or do not know are allowed)',
    item: '{{item}}',
  },
  mine: {
    title: 'My ballots',
    empty: 'No democratic evaluation is waiting for your vote',
    vote: 'Vote',
    voted: 'Voted',
    closed: 'Closed',
    intro: 'The office listed you as a member of this evaluation: you vote signed in, without a code. One ballot each; the ballot is secret, the office cannot see what you chose.',
    thanks: 'Your ballot is cast, thank you',
    back: 'Back',
  },
  failed: 'Failed',
} satisfies BallotsTexts;
