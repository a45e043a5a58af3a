/** The address a menu link shows for a route: a section's path without its nested routes' `/*`. */
export function routeHref(path: string): string {
  return path.replace(/\/\*$/, '') || '/';
}

/** A plain click follows the app's router; a click asking for a new tab or window (a modifier, the middle button) is the browser's. */
export function isPlainClick(event: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
