import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import type { TFunction } from 'i18next';
import { describeError, useLanguage } from '@pcs/ui';
import { useTRPC } from './trpc';

/**
 * The calls of a users administration screen (the platform's and a township's): create, edit,
 * roles, enable/disable, password reset and identity-provider reconcile, each saying how it
 * went in the screen's own texts (`t` with `users.*` and `common.failed`) and refreshing the list.
 */
export function useUserAdmin({ t, onPasswordReset }: { t: TFunction; onPasswordReset: (userId: string, temporaryPassword: string) => void }) {
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries(trpc.users.pathFilter());
  const showError = (error: unknown) => {
    const info = describeError(error);
    void message.error(info.messages ? pick(info.messages) : t('common.failed'));
  };
  const settled = { onError: showError, onSettled: () => void refresh() };
  return {
    refresh,
    create: useMutation(trpc.users.create.mutationOptions()),
    update: useMutation(trpc.users.update.mutationOptions()),
    setMemberships: useMutation(trpc.users.setMemberships.mutationOptions()),
    setEnabled: useMutation(trpc.users.setEnabled.mutationOptions({ ...settled, onSuccess: (result) => void message.success(t(result.enabled ? 'users.enabledDone' : 'users.disabledDone')) })),
    resetPassword: useMutation(trpc.users.resetPassword.mutationOptions({ ...settled, onSuccess: (result, variables) => onPasswordReset(variables.id, result.temporaryPassword) })),
    reconcile: useMutation(trpc.users.reconcile.mutationOptions({ ...settled, onSuccess: (result) => void message.success(t('users.reconciled', { count: result.queued })) })),
  };
}
