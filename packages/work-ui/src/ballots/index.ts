export { EvaluationCard } from './EvaluationCard';
export { EvaluationSetup, type EvaluationOffer, type EvaluationSetupInput } from './EvaluationSetup';
export { CodesModal, type IssuedCodes } from './CodesModal';
export { TallyDrawer } from './TallyDrawer';
export { ballotKeys, type BallotScope } from './api';
