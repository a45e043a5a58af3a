/** The democratic evaluation's namespace. Screens import it from ./index.ts, which registers the whole catalogue. */
export const BALLOTS_NS = 'ballots';

/** Its menu labels, registered with the shell's texts (../texts.ts): the menu shows them before any of the area's screens loads. */
export const ballotsMenuZhCN = { office: '民主测评', mine: '我的测评' };
