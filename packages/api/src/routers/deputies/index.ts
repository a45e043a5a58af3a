/**
 * The deputies area (代表工作): roster, groups and stations, meetings, the duty ledger, profiles
 * and reviews, contacts and reception days, records, the six books, the liaison office home and
 * the county figures. Each router serves its own top-level path, registered by name in root.ts.
 */
import { DUTY_PROFILE_PERMISSIONS, activityInviteSchema, dutyReportListSchema, congressBookQuerySchema, congressDocumentCreateSchema, congressDocumentListSchema, congressDocumentUpdateSchema, congressMeetingCreateSchema, congressMeetingListSchema, congressMeetingUpdateSchema, constituentContactCreateSchema, constituentContactUpdateSchema, contactShortfallQuerySchema, deputyCreateSchema, deputyDeedCreateSchema, deputyDeedListSchema, deputyDeedUpdateSchema, deputyGroupCreateSchema, deputyGroupListSchema, deputyGroupUpdateSchema, deputyImportSchema, deputyInviteSchema, deputyLinkSchema, deputyUnlinkSchema, deputyListSchema, deputyMembersSetSchema, deputyStatusChangeSchema, deputyUpdateSchema, dutyActivityCreateSchema, dutyActivityListSchema, dutyActivityUpdateSchema, dutyProfileQuerySchema, dutyProfilesListSchema, dutyReviewCreateSchema, dutyReviewListSchema, dutyReviewUpdateSchema, idSchema, liaisonDashboardQuerySchema, liaisonStationCreateSchema, liaisonStationListSchema, liaisonStationUpdateSchema, meetingAttendanceSetSchema, meetingRhythmQuerySchema, presidiumContactsSetSchema, receptionDayCreateSchema, receptionDayListSchema, receptionDayUpdateSchema } from '@pcs/domain';
import { countyProcedure, router, tenantProcedure } from '../../trpc';
import { createDutyActivity, deleteDutyActivity, listDutyActivities, loadActivity, updateDutyActivity } from './activities';
import { getCongressBook } from './books';
import { addCitizenContact, contactShortfalls, createReception, deleteReception, listCitizenContacts, listCitizenContactsInput, listReceptions, loadReception, removeCitizenContact, setPresidiumContacts, updateCitizenContact, updateReception } from './contacts';
import { countyDeputyFigures, countyDeputyFiguresInput } from './county';
import { liaisonOfficeDashboard } from './dashboard';
import { changeDeputyStatus, createDeputy, deleteDeputy, deputyOptions, deputyOptionsInput, getDeputy, listDeputies, updateDeputy } from './deputies';
import { commitDeputyImport, previewDeputyImport } from './deputy-import';
import { requirePermissions } from './access';
import { createMeeting, deleteMeeting, expectedAttendance, listMeetings, loadMeeting, meetingRhythmOfYear, setMeetingAttendance, updateMeeting } from './meetings';
import { createDeputyGroup, createStation, deleteDeputyGroup, deleteStation, deputyGroupOptions, getDeputyGroup, getStation, listDeputyGroups, listStations, setDeputyGroupMembers, setStationMembers, stationOptions, updateDeputyGroup, updateStation } from './organisation';
import { createDutyReview, deleteDutyReview, getDutyProfile, listDutyProfiles, listDutyReviews, updateDutyReview } from './profiles';
import { createDeed, createDocument, deleteDeed, deleteDocument, getDocument, listDeeds, listDocuments, updateDeed, updateDocument } from './records';
import { deputyAccounts, inviteDeputies, linkDeputyAccount, linkableUsers, unlinkDeputyAccount } from '../../provisioning/deputy-accounts';
import { getDutyReport, listDutyReports } from './duty-reports';
import { activitySignUps, inviteToActivity } from './sign-ups';

const profileReader = tenantProcedure('deputies.read').use(({ ctx, next }) => {
  requirePermissions(ctx, DUTY_PROFILE_PERMISSIONS);
  return next();
});

export const deputiesRouter = router({
  list: tenantProcedure('deputies.read')
    .input(deputyListSchema)
    .query(({ ctx, input }) => listDeputies(ctx, input)),

  /** Every deputy, briefly, for pickers (participants, leaders, attendance). */
  options: tenantProcedure('deputies.read')
    .input(deputyOptionsInput)
    .query(({ ctx, input }) => deputyOptions(ctx, input)),

  get: tenantProcedure('deputies.read')
    .input(idSchema)
    .query(({ ctx, input }) => getDeputy(ctx, input)),

  /** The serving deputies and their accounts (issue 14): who can sign in already. */
  accounts: tenantProcedure('deputies.read').query(({ ctx }) => deputyAccounts(ctx)),

  /** Invites deputies of the roster in bulk: accounts through the provisioning path, rows for the printed sheet. */
  invite: tenantProcedure('deputies.write')
    .input(deputyInviteSchema)
    .mutation(({ ctx, input }) => inviteDeputies(ctx, input)),

  /** The township admin links an existing staff account to a deputy, or unlinks it (decision 65 §5). */
  linkableUsers: tenantProcedure('user.manage').query(({ ctx }) => linkableUsers(ctx)),
  linkAccount: tenantProcedure('user.manage')
    .input(deputyLinkSchema)
    .mutation(({ ctx, input }) => linkDeputyAccount(ctx, input)),
  unlinkAccount: tenantProcedure('user.manage')
    .input(deputyUnlinkSchema)
    .mutation(({ ctx, input }) => unlinkDeputyAccount(ctx, input)),

  create: tenantProcedure('deputies.write')
    .input(deputyCreateSchema)
    .mutation(({ ctx, input }) => createDeputy(ctx, input)),

  update: tenantProcedure('deputies.write')
    .input(deputyUpdateSchema)
    .mutation(({ ctx, input }) => updateDeputy(ctx, input)),

  /** Resignation, removal (罢免) or death: a transition of the status table, kept as history. */
  changeStatus: tenantProcedure('deputies.write')
    .input(deputyStatusChangeSchema)
    .mutation(({ ctx, input }) => changeDeputyStatus(ctx, input)),

  /** Only a mistaken entry: a deputy with any record (attendance, activity, review) cannot be deleted. */
  delete: tenantProcedure('deputies.write')
    .input(idSchema)
    .mutation(({ ctx, input }) => deleteDeputy(ctx, input)),

  /** Checks rows (a file may be sent in chunks; the report names sheet rows). Writes nothing. */
  importPreview: tenantProcedure('deputies.write')
    .input(deputyImportSchema)
    .mutation(({ ctx, input }) => previewDeputyImport(ctx, input)),

  /** All rows or none: any row with a problem refuses the whole file, naming each problem. */
  importCommit: tenantProcedure('deputies.write')
    .input(deputyImportSchema)
    .mutation(({ ctx, input }) => commitDeputyImport(ctx, input)),
});

export const deputyGroupsRouter = router({
  list: tenantProcedure('deputies.read')
    .input(deputyGroupListSchema)
    .query(({ ctx, input }) => listDeputyGroups(ctx, input)),

  options: tenantProcedure('deputies.read').query(({ ctx }) => deputyGroupOptions(ctx)),

  get: tenantProcedure('deputies.read')
    .input(idSchema)
    .query(({ ctx, input }) => getDeputyGroup(ctx, input)),

  create: tenantProcedure('deputies.write')
    .input(deputyGroupCreateSchema)
    .mutation(({ ctx, input }) => createDeputyGroup(ctx, input)),

  update: tenantProcedure('deputies.write')
    .input(deputyGroupUpdateSchema)
    .mutation(({ ctx, input }) => updateDeputyGroup(ctx, input)),

  setMembers: tenantProcedure('deputies.write')
    .input(deputyMembersSetSchema)
    .mutation(({ ctx, input }) => setDeputyGroupMembers(ctx, input)),

  delete: tenantProcedure('deputies.write')
    .input(idSchema)
    .mutation(({ ctx, input }) => deleteDeputyGroup(ctx, input)),
});

export const liaisonStationsRouter = router({
  list: tenantProcedure('deputies.read')
    .input(liaisonStationListSchema)
    .query(({ ctx, input }) => listStations(ctx, input)),

  options: tenantProcedure('deputies.read').query(({ ctx }) => stationOptions(ctx)),

  get: tenantProcedure('deputies.read')
    .input(idSchema)
    .query(({ ctx, input }) => getStation(ctx, input)),

  create: tenantProcedure('deputies.write')
    .input(liaisonStationCreateSchema)
    .mutation(({ ctx, input }) => createStation(ctx, input)),

  update: tenantProcedure('deputies.write')
    .input(liaisonStationUpdateSchema)
    .mutation(({ ctx, input }) => updateStation(ctx, input)),

  setMembers: tenantProcedure('deputies.write')
    .input(deputyMembersSetSchema)
    .mutation(({ ctx, input }) => setStationMembers(ctx, input)),

  delete: tenantProcedure('deputies.write')
    .input(idSchema)
    .mutation(({ ctx, input }) => deleteStation(ctx, input)),
});

export const congressMeetingsRouter = router({
  list: tenantProcedure('deputies.read')
    .input(congressMeetingListSchema)
    .query(({ ctx, input }) => listMeetings(ctx, input)),

  get: tenantProcedure('deputies.read')
    .input(idSchema)
    .query(({ ctx, input }) => loadMeeting(ctx, input.id)),

  create: tenantProcedure('deputies.write')
    .input(congressMeetingCreateSchema)
    .mutation(({ ctx, input }) => createMeeting(ctx, input)),

  update: tenantProcedure('deputies.write')
    .input(congressMeetingUpdateSchema)
    .mutation(({ ctx, input }) => updateMeeting(ctx, input)),

  /** The attendance register of a meeting, replaced as a whole (who was expected and how each came). */
  setAttendance: tenantProcedure('deputies.write')
    .input(meetingAttendanceSetSchema)
    .mutation(({ ctx, input }) => setMeetingAttendance(ctx, input)),

  /** The deputies expected at a meeting of a kind, for filling the register. */
  expected: tenantProcedure('deputies.read')
    .input(idSchema)
    .query(({ ctx, input }) => expectedAttendance(ctx, input)),

  delete: tenantProcedure('deputies.write')
    .input(idSchema)
    .mutation(({ ctx, input }) => deleteMeeting(ctx, input)),

  /** The year against the rhythm rules of the tenant's kind: sessions a year and their days, the body's meetings a quarter. */
  rhythm: tenantProcedure('deputies.read')
    .input(meetingRhythmQuerySchema)
    .query(({ ctx, input }) => meetingRhythmOfYear(ctx, input)),
});

export const dutyActivitiesRouter = router({
  list: tenantProcedure('deputies.read')
    .input(dutyActivityListSchema)
    .query(({ ctx, input }) => listDutyActivities(ctx, input)),

  get: tenantProcedure('deputies.read')
    .input(idSchema)
    .query(({ ctx, input }) => loadActivity(ctx, input.id)),

  create: tenantProcedure('deputies.write')
    .input(dutyActivityCreateSchema)
    .mutation(({ ctx, input }) => createDutyActivity(ctx, input)),

  update: tenantProcedure('deputies.write')
    .input(dutyActivityUpdateSchema)
    .mutation(({ ctx, input }) => updateDutyActivity(ctx, input)),

  delete: tenantProcedure('deputies.write')
    .input(idSchema)
    .mutation(({ ctx, input }) => deleteDutyActivity(ctx, input)),

  /** Invites deputies by name and/or publishes the activity to all serving deputies for sign-up. */
  invite: tenantProcedure('deputies.write')
    .input(activityInviteSchema)
    .mutation(({ ctx, input }) => inviteToActivity(ctx, input)),

  signUps: tenantProcedure('deputies.read')
    .input(idSchema)
    .query(({ ctx, input }) => activitySignUps(ctx, input.id)),
});

export const dutyProfilesRouter = router({
  /** Every deputy who served in the year, with the year's figures and points; sorted and paged on the server. */
  list: profileReader
    .input(dutyProfilesListSchema)
    .query(({ ctx, input }) => listDutyProfiles(ctx, input)),

  get: profileReader
    .input(dutyProfileQuerySchema)
    .query(({ ctx, input }) => getDutyProfile(ctx, input)),
});

export const dutyReviewsRouter = router({
  list: tenantProcedure('deputies.read')
    .input(dutyReviewListSchema)
    .query(({ ctx, input }) => listDutyReviews(ctx, input)),

  create: tenantProcedure('deputies.write')
    .input(dutyReviewCreateSchema)
    .mutation(({ ctx, input }) => createDutyReview(ctx, input)),

  update: tenantProcedure('deputies.write')
    .input(dutyReviewUpdateSchema)
    .mutation(({ ctx, input }) => updateDutyReview(ctx, input)),

  delete: tenantProcedure('deputies.write')
    .input(idSchema)
    .mutation(({ ctx, input }) => deleteDutyReview(ctx, input)),
});

/** Annual duty reports (述职报告) deputies submitted in their workspace. */
export const dutyReportsRouter = router({
  list: tenantProcedure('deputies.read')
    .input(dutyReportListSchema)
    .query(({ ctx, input }) => listDutyReports(ctx, input.year)),

  get: tenantProcedure('deputies.read')
    .input(idSchema)
    .query(({ ctx, input }) => getDutyReport(ctx, input.id)),
});

/** Fixed contacts (deputy ↔ citizens, presidium member ↔ deputies) and reception days. */
export const deputyContactsRouter = router({
  citizens: tenantProcedure('deputies.read')
    .input(listCitizenContactsInput)
    .query(({ ctx, input }) => listCitizenContacts(ctx, input)),

  addCitizen: tenantProcedure('deputies.write')
    .input(constituentContactCreateSchema)
    .mutation(({ ctx, input }) => addCitizenContact(ctx, input)),

  updateCitizen: tenantProcedure('deputies.write')
    .input(constituentContactUpdateSchema)
    .mutation(({ ctx, input }) => updateCitizenContact(ctx, input)),

  removeCitizen: tenantProcedure('deputies.write')
    .input(idSchema)
    .mutation(({ ctx, input }) => removeCitizenContact(ctx, input)),

  /** The deputies a presidium member keeps fixed contact with, replaced as a whole. */
  setPresidiumContacts: tenantProcedure('deputies.write')
    .input(presidiumContactsSetSchema)
    .mutation(({ ctx, input }) => setPresidiumContacts(ctx, input)),

  /**
   * Quotas from the rule catalogue and who falls short: serving deputies with fewer fixed
   * citizens than their level requires, presidium members with fewer deputies, and periods
   * without a reception day.
   */
  shortfalls: tenantProcedure('deputies.read')
    .input(contactShortfallQuerySchema)
    .query(({ ctx, input }) => contactShortfalls(ctx, input)),
});

export const receptionsRouter = router({
  list: tenantProcedure('deputies.read')
    .input(receptionDayListSchema)
    .query(({ ctx, input }) => listReceptions(ctx, input)),

  get: tenantProcedure('deputies.read')
    .input(idSchema)
    .query(({ ctx, input }) => loadReception(ctx, input.id)),

  create: tenantProcedure('deputies.write')
    .input(receptionDayCreateSchema)
    .mutation(({ ctx, input }) => createReception(ctx, input)),

  update: tenantProcedure('deputies.write')
    .input(receptionDayUpdateSchema)
    .mutation(({ ctx, input }) => updateReception(ctx, input)),

  delete: tenantProcedure('deputies.write')
    .input(idSchema)
    .mutation(({ ctx, input }) => deleteReception(ctx, input)),
});

export const congressDocumentsRouter = router({
  list: tenantProcedure('deputies.read')
    .input(congressDocumentListSchema)
    .query(({ ctx, input }) => listDocuments(ctx, input)),

  get: tenantProcedure('deputies.read')
    .input(idSchema)
    .query(({ ctx, input }) => getDocument(ctx, input)),

  create: tenantProcedure('deputies.write')
    .input(congressDocumentCreateSchema)
    .mutation(({ ctx, input }) => createDocument(ctx, input)),

  update: tenantProcedure('deputies.write')
    .input(congressDocumentUpdateSchema)
    .mutation(({ ctx, input }) => updateDocument(ctx, input)),

  delete: tenantProcedure('deputies.write')
    .input(idSchema)
    .mutation(({ ctx, input }) => deleteDocument(ctx, input)),
});

export const deputyDeedsRouter = router({
  list: tenantProcedure('deputies.read')
    .input(deputyDeedListSchema)
    .query(({ ctx, input }) => listDeeds(ctx, input)),

  create: tenantProcedure('deputies.write')
    .input(deputyDeedCreateSchema)
    .mutation(({ ctx, input }) => createDeed(ctx, input)),

  update: tenantProcedure('deputies.write')
    .input(deputyDeedUpdateSchema)
    .mutation(({ ctx, input }) => updateDeed(ctx, input)),

  delete: tenantProcedure('deputies.write')
    .input(idSchema)
    .mutation(({ ctx, input }) => deleteDeed(ctx, input)),
});

export const congressBooksRouter = router({
  get: tenantProcedure('deputies.read')
    .input(congressBookQuerySchema)
    .query(({ ctx, input }) => getCongressBook(ctx, input)),
});

/** The liaison office's home: this year's activity, who has been quiet this quarter, what comes next. */
export const liaisonOfficeRouter = router({
  dashboard: tenantProcedure('deputies.read')
    .input(liaisonDashboardQuerySchema)
    .query(({ ctx, input }) => liaisonOfficeDashboard(ctx, input)),
});

export const countyDeputiesRouter = router({
  indicators: countyProcedure('county.read')
    .input(countyDeputyFiguresInput)
    .query(({ ctx, input }) => countyDeputyFigures(ctx, input)),
});
