import type { CongressBook } from '../deputies/congress-terms';
import type { Permission } from './permissions';

/**
 * Reads of the deputies area that show other areas' rows. Each is open only to roles that may
 * read every row in it: the letters-and-visits register lists every petition (supervision),
 * the motions register every suggestion, a duty profile a deputy's suggestions and supervision
 * work. All listed permissions are required.
 */
export const CONGRESS_BOOK_PERMISSIONS: Record<CongressBook, readonly Permission[]> = {
  presidium_meetings: ['deputies.read'],
  exemplary_deeds: ['deputies.read'],
  letters_visits: ['deputies.read', 'supervision.read'],
  documents: ['deputies.read'],
  motions_suggestions: ['deputies.read', 'suggestion.read'],
  group_activities: ['deputies.read'],
  roster: ['deputies.read'],
};

/** Duty profiles (履职档案) count and list a deputy's suggestions and supervision activities. */
export const DUTY_PROFILE_PERMISSIONS: readonly Permission[] = ['deputies.read', 'suggestion.read', 'supervision.read'];
