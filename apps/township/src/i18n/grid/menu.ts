/** The grid area's namespace. Screens import it from ./index.ts, which registers the whole catalogue. */
export const GRID_NS = 'grid';

/** Its menu labels, registered with the shell's texts (../texts.ts): the menu shows them before any of the area's screens loads. */
export const gridMenuZhCN = { grids: '网格五定', ledgers: '污染源台账', patrols: '巡查记录', mine: '我的网格', overview: '网格总览' };
