import type { VoteTexts } from './zh-CN';

export const voteEn = {
  form: {
    abstain: 'Abstain',
    unknown: 'Do not know',
    submit: 'Submit the ballot',
    confirmSubmit: 'A ballot cannot be changed once submitted. Submit?',
    choose: 'Answer every question (abstain or do not know are allowed)',
  },
  mine: {
    intro: 'The office listed you as a member of this evaluation: you vote signed in, without a code. One ballot each; the ballot is secret, the office cannot see what you chose.',
    introDepartment: 'The standing committee listed you as a member of your department’s evaluation: you vote signed in, without a code. One ballot each; the ballot is secret, nobody can see what you chose.',
    thanks: 'Your ballot is cast, thank you',
    back: 'Back',
  },
} satisfies VoteTexts;
