import { congressWording, type CongressWording } from '@pcs/domain';
import { useSession } from './SessionContext';

/** How the active township names its congress work (presidium, or a sub-district's working committee). */
export function useCongressWording(): CongressWording {
  return congressWording(useSession().tenant.kind);
}
