import { createContext, useContext, type ReactNode } from 'react';
import { DEFAULT_TIME_ZONE, localDateTime, localDay } from '@pcs/domain';

/**
 * The county's time zone (me.get's county.timeZone): "today" and the times on screen are the
 * county's, whatever the device's clock says. The provider also keeps it for plain functions
 * (form defaults) through `countyToday()`, as i18n does for the language.
 */
const CountyTimeZone = createContext<string>(DEFAULT_TIME_ZONE);
let current = DEFAULT_TIME_ZONE;

export function CountyTimeZoneProvider({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  current = timeZone;
  return <CountyTimeZone.Provider value={timeZone}>{children}</CountyTimeZone.Provider>;
}

export const useCountyTimeZone = () => useContext(CountyTimeZone);

/** Today in the county, as an ISO day. */
export function countyToday(): string {
  return localDay(new Date(), current);
}

/** Today in the county, as an ISO day (in a component). */
export function useCountyToday(): string {
  return localDay(new Date(), useCountyTimeZone());
}

/** Formats an instant (ISO string or Date) as the county's date and time, YYYY-MM-DD HH:mm. */
export function useFormatInstant(): (instant: string | Date) => string {
  const timeZone = useCountyTimeZone();
  return (instant) => localDateTime(new Date(instant), timeZone);
}
