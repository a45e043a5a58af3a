// The ballot form alone is `@pcs/work-ui/voting/form` (the public ballot page needs nothing else).
export { MyBallots } from './MyBallots';
export { MyBallotsSection } from './MyBallotsSection';
export { type VoterScope } from './api';
