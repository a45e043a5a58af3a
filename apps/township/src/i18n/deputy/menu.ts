/** The deputy's workspace namespace. Screens import it from ./index.ts, which registers the whole catalogue. */
export const DEPUTY_NS = 'deputy';

/** Its menu labels, registered with the shell's texts (../texts.ts): the menu shows them before any of the area's screens loads. */
export const deputyMenuZhCN = { workspace: '我的履职' };
