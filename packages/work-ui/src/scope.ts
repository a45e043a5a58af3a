import { createContext, useContext } from 'react';

/**
 * Whose screen a workflow item is shown on, which picks the API procedures: the township's own
 * (office and unit handlers), a county department's items from every township, or the county
 * standing committee's supervision across townships. The server decides the buttons either way.
 */
export type WorkScope = 'township' | 'department' | 'county';

export const WorkScopeContext = createContext<WorkScope>('township');

export const useWorkScope = (): WorkScope => useContext(WorkScopeContext);
