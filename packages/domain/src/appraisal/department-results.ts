import { appraisalCampaignRefSchema, PUBLISHED_STATES, type AppraisalCampaignState } from './campaign';

/**
 * The county departments' published results on the county's dashboards (docs/decisions.md, 69):
 * a ranking of their own (decision 64.3), not a township indicator. Which campaign is shown and how
 * its rows are ordered; the API reads the rows, the overview shows them.
 */
export interface DepartmentCampaignRef {
  id: string;
  state: AppraisalCampaignState;
  year: number;
  periodIndex: number | null;
  publishedAt: Date | null;
}

export type DepartmentCampaignChoice<C extends DepartmentCampaignRef> =
  /** The county appraises no department (no campaign over departments). */
  | { status: 'not_configured' }
  /** Campaigns over departments exist, none published yet: nothing is shown before publication. */
  | { status: 'none_published' }
  /** The campaign shown (the one asked for, else the latest published) and every published one to choose from, latest first. */
  | { status: 'published'; campaign: C; published: C[] }
  /** A campaign asked for that is not a published one over departments: not found, like a random id. */
  | { status: 'unknown' };

const latestFirst = (a: DepartmentCampaignRef, b: DepartmentCampaignRef) =>
  b.year - a.year || (b.periodIndex ?? 0) - (a.periodIndex ?? 0) || (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || a.id.localeCompare(b.id);

export function chooseDepartmentCampaign<C extends DepartmentCampaignRef>(campaigns: readonly C[], requestedId?: string): DepartmentCampaignChoice<C> {
  const published = campaigns.filter((c) => PUBLISHED_STATES.includes(c.state)).sort(latestFirst);
  if (requestedId !== undefined) {
    const campaign = published.find((c) => c.id === requestedId);
    return campaign ? { status: 'published', campaign, published } : { status: 'unknown' };
  }
  if (campaigns.length === 0) return { status: 'not_configured' };
  if (published.length === 0) return { status: 'none_published' };
  return { status: 'published', campaign: published[0]!, published };
}

/** The dashboard's question: the latest published campaign, or one of the others by id. */
export const departmentResultsSchema = appraisalCampaignRefSchema.partial();
