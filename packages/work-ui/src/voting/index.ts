export { BallotAnswersForm, type BallotFormShape } from './BallotAnswersForm';
export { MyBallots } from './MyBallots';
export { MyBallotsSection } from './MyBallotsSection';
export { type VoterScope } from './api';
