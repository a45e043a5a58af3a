/** Where a notification leads: the item's list with its detail open. */
export function notificationTarget(entity: string, entityId: string, canOffice: boolean): string {
  if (entity === 'Suggestion') return `${canOffice ? '/suggestions' : '/assigned'}?id=${entityId}`;
  return `${canOffice ? '/rectifications' : '/assigned'}?tab=rectifications&rid=${entityId}`;
}
