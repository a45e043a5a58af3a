export { AppraisalCampaigns } from './AppraisalCampaigns';
export { MyAppraisals } from './MyAppraisals';
export type { AppraisalScope } from './api';
