/** Where a notification leads: the item's list with its detail open. */
export function notificationTarget(entity: string, entityId: string, canOffice: boolean, deputy = false): string {
  // A deputy hears of their own suggestions only, and opens them in their workspace.
  if (deputy && entity === 'Suggestion') return `/me/suggestions/${entityId}`;
  // Asked to co-sign a draft, invited to an activity (deputies only hear of these).
  if (entity === 'SuggestionDraft') return `/me/drafts/${entityId}`;
  if (entity === 'DutyActivity') return '/me?tab=activities';
  if (entity === 'Suggestion') return `${canOffice ? '/suggestions' : '/assigned'}?id=${entityId}`;
  return `${canOffice ? '/rectifications' : '/assigned'}?tab=rectifications&rid=${entityId}`;
}
