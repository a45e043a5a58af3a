import { APPRAISAL_FIELD_LABELS, BALLOT_FIELD_LABELS } from '../appraisal/field-labels';
import { COMMON_FIELD_LABELS, type FieldLabels } from '../common/field-labels';
import { DEPUTY_FIELD_LABELS, DEPUTY_WORKSPACE_FIELD_LABELS } from '../deputies/field-labels';
import { GRID_FIELD_LABELS } from '../grid/field-labels';
import { WORK_FIELD_LABELS } from '../suggestions/field-labels';

/**
 * Which area's field labels name the fields of a procedure's input, by its top-level router
 * (as PROCEDURE_ACCESS names them). A router not listed uses the shared labels.
 */
const LABELS_OF_ROUTER: Readonly<Record<string, FieldLabels>> = {
  deputies: DEPUTY_FIELD_LABELS,
  deputyGroups: DEPUTY_FIELD_LABELS,
  liaisonStations: DEPUTY_FIELD_LABELS,
  congressMeetings: DEPUTY_FIELD_LABELS,
  dutyActivities: DEPUTY_FIELD_LABELS,
  dutyProfiles: DEPUTY_FIELD_LABELS,
  dutyReviews: DEPUTY_FIELD_LABELS,
  deputyContacts: DEPUTY_FIELD_LABELS,
  receptions: DEPUTY_FIELD_LABELS,
  congressDocuments: DEPUTY_FIELD_LABELS,
  deputyDeeds: DEPUTY_FIELD_LABELS,
  congressBooks: DEPUTY_FIELD_LABELS,
  liaisonOffice: DEPUTY_FIELD_LABELS,
  countyDeputies: DEPUTY_FIELD_LABELS,
  dutyReports: DEPUTY_FIELD_LABELS,
  deputyWorkspace: DEPUTY_WORKSPACE_FIELD_LABELS,
  suggestions: WORK_FIELD_LABELS,
  supervision: WORK_FIELD_LABELS,
  department: WORK_FIELD_LABELS,
  countySupervision: WORK_FIELD_LABELS,
  grids: GRID_FIELD_LABELS,
  ledgers: GRID_FIELD_LABELS,
  patrols: GRID_FIELD_LABELS,
  gridGuarantees: GRID_FIELD_LABELS,
  appraisal: APPRAISAL_FIELD_LABELS,
  countyAppraisal: APPRAISAL_FIELD_LABELS,
  countyDeptAppraisal: APPRAISAL_FIELD_LABELS,
  ballots: BALLOT_FIELD_LABELS,
  myBallots: BALLOT_FIELD_LABELS,
  countyBallots: BALLOT_FIELD_LABELS,
  countyHomeBallots: BALLOT_FIELD_LABELS,
  'countyDeptAppraisal.ballots': BALLOT_FIELD_LABELS,
};

/** The field labels of the schemas behind procedure `path` (`router.procedure`, as tRPC names it); a nested router (`router.sub`) may have its own. */
export function fieldLabelsOfProcedure(path: string | undefined): FieldLabels {
  const [top = '', sub] = path?.split('.') ?? [];
  const nested = `${top}.${sub ?? ''}`;
  if (sub !== undefined && Object.hasOwn(LABELS_OF_ROUTER, nested)) return LABELS_OF_ROUTER[nested]!;
  const router = top;
  return Object.hasOwn(LABELS_OF_ROUTER, router) ? LABELS_OF_ROUTER[router]! : COMMON_FIELD_LABELS;
}
