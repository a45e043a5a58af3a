// The ballot form alone is `@pcs/work-ui/voting/form` (the public ballot page needs nothing else);
// the list alone `@pcs/work-ui/voting/mine` (the deputy's phone home: without the section's antd pages).
export { MyBallots } from './MyBallots';
export { MyBallotsSection } from './MyBallotsSection';
export { type VoterScope } from './api';
