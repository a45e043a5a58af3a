import type { IncomingMessage, ServerResponse } from 'node:http';
import { completeLogin, DISABLED, EXPIRED, requiredActionUrl } from './authorize';
import type { IdpContext } from './context';
import { readForm, sendHtml } from './http';
import { errorPage, MIN_PASSWORD_LENGTH, updatePasswordPage } from './pages';

type Message = { zh: string; en: string };

const MISSING: Message = { zh: '请输入新密码。', en: 'Please enter a new password.' };
const TOO_SHORT: Message = {
  zh: `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符。`,
  en: `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`,
};
const MISMATCH: Message = { zh: '两次输入的密码不一致。', en: 'The passwords do not match.' };
const UNCHANGED: Message = { zh: '新密码不能与当前密码相同。', en: 'The new password must differ from the current one.' };

/**
 * POST login-actions/required-action: the set-new-password form after a login with a temporary
 * password. Only a login whose password was already verified can get here (the pending login
 * then names the user); on success the password becomes permanent and the login completes.
 */
export async function handleUpdatePassword(ctx: IdpContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const form = await readForm(req);
  const pending = ctx.state.getPendingLogin(form.get('pending') ?? '');
  const user = pending?.userId === undefined ? undefined : ctx.users.getById(pending.userId);
  // Also expired if an admin set a permanent password meanwhile: the verified one is stale.
  if (!pending || !user?.passwordTemporary) {
    sendHtml(res, 400, errorPage(EXPIRED.zh, EXPIRED.en));
    return;
  }
  if (!user.enabled) {
    ctx.state.deletePendingLogin(pending.id);
    sendHtml(res, 403, errorPage(DISABLED.zh, DISABLED.en));
    return;
  }

  const password = form.get('password-new') ?? '';
  const error = problemWith(password, form.get('password-confirm') ?? '', user.password);
  if (error) {
    const page = updatePasswordPage({ actionUrl: requiredActionUrl(ctx), pendingId: pending.id, realm: ctx.realm, username: user.username, error });
    sendHtml(res, 200, page);
    return;
  }
  ctx.users.setPassword(user.id, password, false);
  completeLogin(ctx, req, res, pending, user.id);
}

function problemWith(password: string, confirm: string, current: string): Message | undefined {
  if (password === '') return MISSING;
  if ([...password].length < MIN_PASSWORD_LENGTH) return TOO_SHORT;
  if (password !== confirm) return MISMATCH;
  if (password === current) return UNCHANGED;
  return undefined;
}
