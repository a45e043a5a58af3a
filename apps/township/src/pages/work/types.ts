import type { RouterInputs, RouterOutputs } from '../../api/types';

/** API shapes of the suggestion, supervision and notification screens (types only). */
export type SuggestionItem = RouterOutputs['suggestions']['list']['items'][number];
export type SuggestionListInput = RouterInputs['suggestions']['list'];
export type SuggestionDetail = RouterOutputs['suggestions']['get'];
export type WorkOptions = RouterOutputs['suggestions']['options'];
export type TimelineEntry = SuggestionDetail['timeline'][number];
export type RectificationItem = RouterOutputs['supervision']['rectifications']['list']['items'][number];
export type RectificationListInput = RouterInputs['supervision']['rectifications']['list'];
export type RectificationDetail = RouterOutputs['supervision']['rectifications']['get'];
export type ActivityItem = RouterOutputs['supervision']['activities']['list']['items'][number];
export type Plan = RouterOutputs['supervision']['plans']['list'][number];
export type PetitionItem = RouterOutputs['supervision']['petitions']['list']['items'][number];
export type NotificationItem = RouterOutputs['notifications']['list']['items'][number];
