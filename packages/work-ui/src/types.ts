import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@pcs/api';

type RouterInputs = inferRouterInputs<AppRouter>;
type RouterOutputs = inferRouterOutputs<AppRouter>;

/** API shapes of the suggestion, supervision and notification screens (types only). */
export type SuggestionItem = RouterOutputs['suggestions']['list']['items'][number];
export type SuggestionListInput = RouterInputs['suggestions']['list'];
export type SuggestionDetail = RouterOutputs['suggestions']['get'];
export type WorkOptions = RouterOutputs['suggestions']['options'];
export type TimelineEntry = SuggestionDetail['timeline'][number];
/** One attached file as details and lists show it. */
export type AttachmentRow = SuggestionDetail['attachments'][number];
export type RectificationItem = RouterOutputs['supervision']['rectifications']['list']['items'][number];
export type RectificationListInput = RouterInputs['supervision']['rectifications']['list'];
export type RectificationDetail = RouterOutputs['supervision']['rectifications']['get'];
export type ActivityItem = RouterOutputs['supervision']['activities']['list']['items'][number];
export type Plan = RouterOutputs['supervision']['plans']['list'][number];
export type PetitionItem = RouterOutputs['supervision']['petitions']['list']['items'][number];
export type NotificationItem = RouterOutputs['notifications']['list']['items'][number];
/** A county list row: the item and the township it belongs to. */
export type CountySuggestionItem = RouterOutputs['countySupervision']['suggestions']['list']['items'][number];
export type CountyRectificationItem = RouterOutputs['countySupervision']['rectifications']['list']['items'][number];

export type GridEventItem = RouterOutputs['gridEvents']['list']['items'][number];
export type GridEventListInput = RouterInputs['gridEvents']['list'];
export type GridEventDetail = RouterOutputs['gridEvents']['get'];
export type GridEventOptions = RouterOutputs['gridEvents']['options'];

/** The indicator dashboards: the county overview and a township's own page share one shape (ranks only on the county's). */
export type IndicatorOverview = RouterOutputs['dashboard']['overview'];
export type OverviewIndicator = IndicatorOverview['indicators'][number];
export type OverviewTownship = IndicatorOverview['townships'][number];
export type OverviewCell = OverviewTownship['cells'][number];
export type IndicatorTrend = RouterOutputs['dashboard']['trends']['series'][number];
