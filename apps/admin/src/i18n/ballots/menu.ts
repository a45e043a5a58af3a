/** The county's democratic-evaluation namespace. Screens import it from ./index.ts, which registers the whole catalogue. */
export const BALLOTS_NS = 'countyBallots';

/** Its menu labels, registered with the shell's texts (../texts.ts): the menu shows them before any of the area's screens loads. */
export const countyBallotsMenuZhCN = { office: '民主测评', mine: '我的测评' };
