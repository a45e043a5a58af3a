import type { RouterInputs, RouterOutputs } from '../../../api/types';

/** The deputies area's procedure shapes, as the API declares them (types only). */
export type Deputy = RouterOutputs['deputies']['list']['items'][number];
export type DeputyDetail = RouterOutputs['deputies']['get'];
export type DeputyListInput = RouterInputs['deputies']['list'];
export type DeputyGroup = RouterOutputs['deputyGroups']['list']['items'][number];
export type LiaisonStation = RouterOutputs['liaisonStations']['list']['items'][number];
export type CongressMeeting = RouterOutputs['congressMeetings']['list']['items'][number];
export type CongressMeetingDetail = RouterOutputs['congressMeetings']['get'];
export type DutyActivity = RouterOutputs['dutyActivities']['list']['items'][number];
export type DutyActivityDetail = RouterOutputs['dutyActivities']['get'];
export type DutyProfileRow = RouterOutputs['dutyProfiles']['list']['items'][number];
export type DutyReview = RouterOutputs['dutyReviews']['list']['items'][number];
export type ReceptionDay = RouterOutputs['receptions']['list']['items'][number];
export type ReceptionDetail = RouterOutputs['receptions']['get'];
export type CongressDocument = RouterOutputs['congressDocuments']['list']['items'][number];
export type DeputyDeed = RouterOutputs['deputyDeeds']['list']['items'][number];
export type CongressBookData = RouterOutputs['congressBooks']['get'];
