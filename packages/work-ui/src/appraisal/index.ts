export { AppraisalCampaigns } from './AppraisalCampaigns';
export { MyAppraisals } from './MyAppraisals';
export { DepartmentResultsCard } from './DepartmentResults';
export type { AppraisalScope } from './api';
