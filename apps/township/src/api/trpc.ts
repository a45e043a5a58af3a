/** The API hooks are shared with the workflow screens of @pcs/work-ui: one context, one client. */
export { TRPCProvider, useTRPC, useTRPCClient } from '@pcs/work-ui';
