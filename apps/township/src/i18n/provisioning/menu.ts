/** The user administration's namespace. Screens import it from ./index.ts, which registers the whole catalogue. */
export const PROVISIONING_NS = 'provisioning';

/** Its menu labels, registered with the shell's texts (../texts.ts): the menu shows them before any of the area's screens loads. */
export const provisioningMenuZhCN = { users: '用户', units: '承办单位' };
