export { EvaluationCard } from './EvaluationCard';
export { EvaluationMembers } from './EvaluationMembers';
export { EvaluationSetup, type EvaluationOffer, type EvaluationSetupInput } from './EvaluationSetup';
export { CodesModal, type IssuedCodes } from './CodesModal';
export { TallyDrawer } from './TallyDrawer';
export { type BallotScope } from './api';
