import { ATTACHMENT_READ_PERMISSIONS, ATTACHMENT_WRITE_PERMISSIONS } from '../attachments/attachments';
import type { Role } from './roles';
import { ROLE_INFO } from './roles';
import { DUTY_PROFILE_PERMISSIONS } from './deputy-reads';
import { hasPermission, type Permission } from './permissions';

/**
 * Who may call each API procedure, as data beside the permission matrix. The API's procedure
 * builders enforce it; packages/api/test/procedure-access.int.test.ts calls every procedure of
 * the app router as every role and fails for a procedure that has no entry here, so a new
 * procedure is covered as soon as it is declared.
 */
export type ProcedureAccess =
  /** Any signed-in user; the procedure reads or changes only the caller's own rows. */
  | { level: 'signed_in' }
  /** Township work: a role in the chosen township that grants every permission of `allOf` (or one of `anyOf`). */
  | { level: 'township'; allOf: readonly Permission[] }
  | { level: 'township'; anyOf: readonly Permission[] }
  /** A county-level role (county standing committee, platform admin) granting the permission. */
  | { level: 'county'; allOf: readonly [Permission] }
  /** A county department handler with a department: that department's assigned items. */
  | { level: 'department'; allOf: readonly [Permission] }
  /** User administration: platform admins over the county, township admins over their township. */
  | { level: 'user_admin' };

const signedIn: ProcedureAccess = { level: 'signed_in' };
const township = (...allOf: Permission[]): ProcedureAccess => ({ level: 'township', allOf });
const townshipAnyOf = (...anyOf: Permission[]): ProcedureAccess => ({ level: 'township', anyOf });
const county = (permission: Permission): ProcedureAccess => ({ level: 'county', allOf: [permission] });
const department = (permission: Permission): ProcedureAccess => ({ level: 'department', allOf: [permission] });
const userAdmin: ProcedureAccess = { level: 'user_admin' };

type Tree = { [name: string]: ProcedureAccess | Tree };

/** Create/update/delete of a deputies-area record, with its list and get. */
const deputiesCrud = { list: township('deputies.read'), get: township('deputies.read'), create: township('deputies.write'), update: township('deputies.write'), delete: township('deputies.write') };
const organisation = { ...deputiesCrud, options: township('deputies.read'), setMembers: township('deputies.write') };
const suggestionReaders = townshipAnyOf('suggestion.read', 'assigned.read');
const rectificationReaders = townshipAnyOf('supervision.read', 'assigned.read');

const TREE: Tree = {
  suggestions: {
    list: suggestionReaders,
    get: suggestionReaders,
    // The forms' choices (every serving deputy, unit, department): the office's, not a unit handler's.
    options: township('suggestion.read'),
    ...Object.fromEntries(['create', 'assignMany', 'mergeTargets'].map((p) => [p, township('suggestion.manage')])),
    // Every step: the office's or an assigned unit's; the transition table decides which steps.
    step: townshipAnyOf('suggestion.manage', 'assigned.write'),
  },
  supervision: {
    plans: { list: township('supervision.read'), create: township('supervision.manage'), addItem: township('supervision.manage'), approve: township('supervision.manage') },
    activities: { list: township('supervision.read'), get: township('supervision.read'), options: township('supervision.read'), linkableDutyActivities: township('supervision.manage'), create: township('supervision.manage'), report: township('supervision.manage') },
    rectifications: {
      list: rectificationReaders,
      get: rectificationReaders,
      issue: township('supervision.manage'),
      step: townshipAnyOf('supervision.manage', 'assigned.write'),
    },
    petitions: {
      list: township('supervision.read'),
      get: township('supervision.read'),
      create: township('supervision.manage'),
      step: township('supervision.manage'),
    },
  },
  department: {
    suggestions: { list: department('assigned.read'), get: department('assigned.read'), step: department('assigned.write') },
    rectifications: { list: department('assigned.read'), get: department('assigned.read'), step: department('assigned.write') },
    gridEvents: { list: department('assigned.read'), get: department('assigned.read'), step: department('assigned.write') },
    // Its own uploads on its items (uploads and downloads: the attachment routes).
    attachments: { delete: department('assigned.write') },
  },
  countySupervision: {
    suggestions: { list: county('county.read'), get: county('county.read'), step: county('county.supervise') },
    rectifications: { list: county('county.read'), get: county('county.read'), step: county('county.supervise') },
  },
  gridEvents: {
    list: townshipAnyOf('grid_event.read', 'grid_event.report', 'assigned.read'),
    get: townshipAnyOf('grid_event.read', 'grid_event.report', 'assigned.read'),
    report: township('grid_event.report'),
    // The office's, a unit's or a grid worker's; the transition table decides which steps.
    step: townshipAnyOf('grid_event.manage', 'grid_event.report', 'assigned.write'),
    options: township('grid_event.report'),
    figures: township('grid_event.read'),
  },
  countyGridEvents: {
    list: county('grid_event.county'),
    get: county('grid_event.county'),
    step: county('grid_event.county'),
    departments: county('grid_event.county'),
    holidays: { list: county('rules.read'), set: county('settings.manage_county') },
  },
  notifications: { list: signedIn, unreadCount: signedIn, markRead: signedIn },
  savedFilters: { list: signedIn, save: signedIn, remove: signedIn },
  me: { get: signedIn },
  villages: { list: township('region.read'), get: township('region.read'), create: township('region.write'), update: township('region.write'), delete: township('region.write') },
  grids: {
    list: township('region.read'),
    create: township('region.write'),
    get: township('grid.read'),
    updateFixes: township('grid.manage'),
    createCell: township('grid.manage'),
    deleteCell: township('grid.manage'),
    memberCandidates: township('grid.manage'),
    addMember: township('grid.manage'),
    removeMember: township('grid.manage'),
    createLetter: township('grid.manage'),
    deleteLetter: township('grid.manage'),
    mine: township('grid.patrol'),
    overview: township('grid.read'),
  },
  ledgers: {
    list: townshipAnyOf('grid.read', 'grid.patrol'),
    get: townshipAnyOf('grid.read', 'grid.patrol'),
    create: township('grid.manage'),
    update: township('grid.manage'),
    delete: township('grid.manage'),
    importPreview: township('grid.manage'),
    importCommit: township('grid.manage'),
  },
  patrols: { list: townshipAnyOf('grid.read', 'grid.patrol'), get: townshipAnyOf('grid.read', 'grid.patrol'), create: townshipAnyOf('grid.patrol', 'grid.manage') },
  gridGuarantees: { list: county('county.read'), set: county('settings.manage_county') },
  countyBallots: {
    townships: county('county_appraisal.manage'),
    turnout: county('county_appraisal.read'),
    tally: county('county_appraisal.read'),
    create: county('county_appraisal.manage'),
    get: county('county_appraisal.manage'),
    issueCodes: county('county_appraisal.manage'),
    cancelCode: county('county_appraisal.manage'),
    close: county('county_appraisal.manage'),
    members: county('county_appraisal.manage'),
    memberCandidates: county('county_appraisal.manage'),
    addMembers: county('county_appraisal.manage'),
    removeMember: county('county_appraisal.manage'),
  },
  ballots: { campaigns: township('appraisal.manage'), list: township('appraisal.manage'), get: township('appraisal.manage'), create: township('appraisal.manage'), issueCodes: township('appraisal.manage'), cancelCode: township('appraisal.manage'), turnout: township('appraisal.manage'), tally: township('appraisal.manage'), close: township('appraisal.manage'), members: township('appraisal.manage'), memberCandidates: township('appraisal.manage'), addMembers: township('appraisal.manage'), removeMember: township('appraisal.manage') },
  // Anyone of the township listed as a member of an evaluation's group votes there signed in.
  myBallots: { list: township('ballot.vote'), get: township('ballot.vote'), cast: township('ballot.vote') },
  rules: { effective: township('rules.read'), setOverride: township('rules.manage_township') },
  county: { townships: county('county.read'), rules: county('rules.read'), departments: county('user.manage') },
  tenants: Object.fromEntries(['list', 'get', 'create', 'update', 'setStatus'].map((p) => [p, county('tenant.manage')])),
  users: Object.fromEntries(['list', 'get', 'create', 'update', 'setMemberships', 'setEnabled', 'resetPassword', 'reconcile', 'import'].map((p) => [p, userAdmin])),
  handlingUnits: { list: township('region.read'), get: township('region.read'), create: township('units.manage'), update: township('units.manage') },
  audit: { list: county('audit.read'), verify: county('audit.read'), listTownship: township('audit.read') },
  // Any area with files lets a caller in; the item's kind then decides (ATTACHMENT_OWNER_ACCESS).
  attachments: { list: townshipAnyOf(...ATTACHMENT_READ_PERMISSIONS), delete: townshipAnyOf(...ATTACHMENT_WRITE_PERMISSIONS) },
  countySettings: { get: county('rules.read'), set: county('settings.manage_county'), setRuleDefault: county('rules.manage_county') },

  // The deputies area: township admins and staff (人大办) only.
  deputies: { ...deputiesCrud, options: township('deputies.read'), changeStatus: township('deputies.write'), importPreview: township('deputies.write'), importCommit: township('deputies.write'), accounts: township('deputies.read'), invite: township('deputies.write'), linkAccount: township('user.manage'), unlinkAccount: township('user.manage'), linkableUsers: township('user.manage') },
  deputyGroups: organisation,
  liaisonStations: organisation,
  congressMeetings: { ...deputiesCrud, setAttendance: township('deputies.write'), expected: township('deputies.read'), rhythm: township('deputies.read') },
  dutyActivities: { ...deputiesCrud, invite: township('deputies.write'), signUps: township('deputies.read') },
  // Deputies' own annual reports as they submitted them (drafts stay the deputy's).
  dutyReports: { list: township('deputies.read'), get: township('deputies.read') },
  dutyProfiles: { list: township(...DUTY_PROFILE_PERMISSIONS), get: township(...DUTY_PROFILE_PERMISSIONS) },
  dutyReviews: { list: township('deputies.read'), create: township('deputies.write'), update: township('deputies.write'), delete: township('deputies.write') },
  deputyContacts: {
    citizens: township('deputies.read'),
    shortfalls: township('deputies.read'),
    addCitizen: township('deputies.write'),
    updateCitizen: township('deputies.write'),
    removeCitizen: township('deputies.write'),
    setPresidiumContacts: township('deputies.write'),
  },
  receptions: deputiesCrud,
  congressDocuments: deputiesCrud,
  deputyDeeds: { list: township('deputies.read'), create: township('deputies.write'), update: township('deputies.write'), delete: township('deputies.write') },
  // Each book needs more for some books: CONGRESS_BOOK_PERMISSIONS, checked once the book is known.
  congressBooks: { get: township('deputies.read') },
  liaisonOffice: { dashboard: township('deputies.read') },
  countyDeputies: { indicators: county('county.read') },
  // A signed-in deputy's own work: nothing of the office's, only their own rows (issue 14).
  deputyWorkspace: {
    profile: township('deputy.self'),
    records: township('deputy.self'),
    suggestions: { list: township('deputy.self'), get: township('deputy.self'), options: township('deputy.self'), evaluate: township('deputy.self') },
    drafts: Object.fromEntries(['list', 'get', 'save', 'ask', 'submit', 'remove', 'answer'].map((p) => [p, township('deputy.self')])),
    activities: { list: township('deputy.self'), respond: township('deputy.self') },
    reports: { list: township('deputy.self'), save: township('deputy.self'), submit: township('deputy.self') },
  },
  dashboard: { overview: county('county.read'), records: county('county.read'), trends: county('county.read'), corrections: county('county.read'), publishRanking: county('county.publish_rankings') },
  townshipDashboard: { get: township('indicators.read'), records: township('indicators.read'), trends: township('indicators.read') },
  appraisal: {
    templates: { list: township('appraisal.read'), get: township('appraisal.read') },
    campaigns: { list: township('appraisal.read'), get: township('appraisal.read'), create: township('appraisal.manage'), update: township('appraisal.manage'), step: township('appraisal.manage'), createNext: township('appraisal.manage') },
    scores: { sheet: township('appraisal.read'), setItem: township('appraisal.manage'), setPhase: township('appraisal.manage') },
    results: { ranking: township('appraisal.read') },
    mine: { list: township('appraisal.read'), sheet: township('appraisal.read'), setSelf: township('appraisal.manage'), submitSelf: township('appraisal.manage'), result: township('appraisal.read') },
  },
  countyAppraisal: {
    templates: { list: county('county_appraisal.read'), get: county('county_appraisal.read'), save: county('county_appraisal.manage') },
    campaigns: { list: county('county_appraisal.read'), get: county('county_appraisal.read'), create: county('county_appraisal.manage'), update: county('county_appraisal.manage'), step: county('county_appraisal.manage'), createNext: county('county_appraisal.manage') },
    scores: { sheet: county('county_appraisal.read'), setItem: county('county_appraisal.manage'), setPhase: county('county_appraisal.manage') },
    results: { ranking: county('county_appraisal.read'), departments: county('county_appraisal.read') },
    departments: county('county_appraisal.manage'),
    subjectOptions: county('county_appraisal.manage'),
  },
  countyDeptAppraisal: {
    mine: { list: department('assigned.read'), sheet: department('assigned.read'), setSelf: department('assigned.write'), submitSelf: department('assigned.write'), result: department('assigned.read') },
    // A department's accounts listed in its county-home evaluation vote signed in (decision 79).
    ballots: { list: department('assigned.read'), get: department('assigned.read'), cast: department('assigned.read') },
  },
  // The standing committee's democratic evaluations of county departments in the county home (decision 79).
  countyHomeBallots: {
    departments: county('county_appraisal.manage'),
    turnout: county('county_appraisal.read'),
    tally: county('county_appraisal.read'),
    create: county('county_appraisal.manage'),
    get: county('county_appraisal.manage'),
    issueCodes: county('county_appraisal.manage'),
    cancelCode: county('county_appraisal.manage'),
    close: county('county_appraisal.manage'),
    members: county('county_appraisal.manage'),
    memberCandidates: county('county_appraisal.manage'),
    addMembers: county('county_appraisal.manage'),
    removeMember: county('county_appraisal.manage'),
  },
};

function flatten(tree: Tree, prefix = ''): Array<[string, ProcedureAccess]> {
  return Object.entries(tree).flatMap(([name, node]) => ('level' in node ? [[`${prefix}${name}`, node as ProcedureAccess]] : flatten(node as Tree, `${prefix}${name}.`)));
}

/** Procedure path (`router.procedure`, as tRPC names it) -> who may call it. */
export const PROCEDURE_ACCESS: ReadonlyMap<string, ProcedureAccess> = new Map(flatten(TREE));

/** Roles a test user holds, split by where they are held. */
export interface RoleHolding {
  /** Roles in the township the call is made for. */
  township: readonly Role[];
  /** County-level roles (tenant null). */
  county: readonly Role[];
  /** Whether the county department handler role names a department. */
  hasDepartment: boolean;
}

/** The roles of a one-role user, held where that role lives. */
export function holdingOf(role: Role, hasDepartment = role === 'county_dept_handler'): RoleHolding {
  const atTownship = ROLE_INFO[role].scope === 'township';
  return { township: atTownship ? [role] : [], county: atTownship ? [] : [role], hasDepartment };
}

/** Whether a caller holding these roles gets past the procedure's access check. */
export function mayCall(access: ProcedureAccess, holding: RoleHolding): boolean {
  switch (access.level) {
    case 'signed_in':
      return true;
    case 'township':
      return 'allOf' in access ? access.allOf.every((p) => hasPermission(holding.township, p)) : access.anyOf.some((p) => hasPermission(holding.township, p));
    case 'county':
      return hasPermission(holding.county, access.allOf[0]);
    case 'department':
      return holding.hasDepartment && holding.county.includes('county_dept_handler') && hasPermission(['county_dept_handler'], access.allOf[0]);
    case 'user_admin':
      return hasPermission(holding.county, 'user.manage') || hasPermission(holding.township, 'user.manage');
  }
}
