/**
 * The few HTML pages a person sees: login form, set-new-password form, error page, signed-out
 * page. zh-CN first, English second.
 */

/** Shortest new password the set-new-password form accepts. */
export const MIN_PASSWORD_LENGTH = 8;

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const STYLE = `
body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;background:#f4f5f7;margin:0;color:#1f2329}
main{max-width:22rem;margin:10vh auto;background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 4px #0002}
h1{font-size:1.4rem;margin:0 0 .25rem}.en{color:#555;font-size:.85em;font-weight:normal}
label{display:block;margin-top:1rem;font-weight:600}
input{display:block;width:100%;box-sizing:border-box;padding:.6rem;margin-top:.3rem;font-size:1rem;border:1px solid #767676;border-radius:4px}
input:focus,button:focus{outline:3px solid #1a73e8;outline-offset:2px}
button{margin-top:1.5rem;width:100%;padding:.7rem;font-size:1rem;background:#b3261e;color:#fff;border:0;border-radius:4px;cursor:pointer}
.error{background:#fdecea;color:#8a1c12;border:1px solid #f5c2bd;padding:.6rem;border-radius:4px;margin-top:1rem}
.realm{color:#555;margin:0 0 1rem}`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body>
</html>`;
}

export interface LoginPageInput {
  actionUrl: string;
  pendingId: string;
  realm: string;
  username?: string;
  error?: { zh: string; en: string };
}

export function loginPage(p: LoginPageInput): string {
  const error = p.error
    ? `<p class="error" id="login-error" role="alert">${escape(p.error.zh)}<br><span lang="en">${escape(p.error.en)}</span></p>`
    : '';
  // On error, the fields point at the message so screen readers announce why they are invalid.
  const invalid = p.error ? ' aria-invalid="true" aria-describedby="login-error"' : '';
  return layout(
    '登录 / Sign in',
    `<h1>登录 <span class="en" lang="en">/ Sign in</span></h1>
<p class="realm">${escape(p.realm)}</p>
${error}
<form method="post" action="${escape(p.actionUrl)}" novalidate>
<input type="hidden" name="pending" value="${escape(p.pendingId)}">
<label for="username">用户名 <span class="en" lang="en">/ Username</span></label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escape(p.username ?? '')}"${invalid}${p.username ? '' : ' autofocus'}>
<label for="password">密码 <span class="en" lang="en">/ Password</span></label>
<input id="password" name="password" type="password" autocomplete="current-password" required${invalid}${p.username ? ' autofocus' : ''}>
<button type="submit">登录</button>
</form>`,
  );
}

export interface UpdatePasswordPageInput {
  actionUrl: string;
  pendingId: string;
  realm: string;
  username: string;
  error?: { zh: string; en: string };
}

/** Keycloak's UPDATE_PASSWORD required action, shown after a login with a temporary password. */
export function updatePasswordPage(p: UpdatePasswordPageInput): string {
  const error = p.error
    ? `<p class="error" id="password-error" role="alert">${escape(p.error.zh)}<br><span lang="en">${escape(p.error.en)}</span></p>`
    : '';
  // The hint is always described; on error the message is too, so screen readers say both.
  const describedBy = p.error ? 'password-hint password-error' : 'password-hint';
  const invalid = p.error ? ' aria-invalid="true"' : '';
  return layout(
    '设置新密码 / Set a new password',
    `<h1>设置新密码 <span class="en" lang="en">/ Set a new password</span></h1>
<p class="realm">${escape(p.realm)} · ${escape(p.username)}</p>
<p>您需要设置新密码才能继续。<br><span lang="en">You need to change your password to continue.</span></p>
${error}
<form method="post" action="${escape(p.actionUrl)}" novalidate>
<input type="hidden" name="pending" value="${escape(p.pendingId)}">
<input type="text" name="username" value="${escape(p.username)}" autocomplete="username" hidden readonly>
<label for="password-new">新密码 <span class="en" lang="en">/ New password</span></label>
<input id="password-new" name="password-new" type="password" autocomplete="new-password" required minlength="${MIN_PASSWORD_LENGTH}" aria-describedby="${describedBy}"${invalid} autofocus>
<p id="password-hint" class="realm">至少 ${MIN_PASSWORD_LENGTH} 个字符 <span lang="en">/ At least ${MIN_PASSWORD_LENGTH} characters</span></p>
<label for="password-confirm">确认新密码 <span class="en" lang="en">/ Confirm password</span></label>
<input id="password-confirm" name="password-confirm" type="password" autocomplete="new-password" required${invalid}>
<button type="submit">提交</button>
</form>`,
  );
}

export function errorPage(zh: string, en: string): string {
  return layout(
    '错误 / Error',
    `<h1>出错了 <span class="en" lang="en">/ Something went wrong</span></h1>
<p role="alert">${escape(zh)}<br><span lang="en">${escape(en)}</span></p>`,
  );
}

export function signedOutPage(): string {
  return layout(
    '已退出 / Signed out',
    `<h1>已退出 <span class="en" lang="en">/ Signed out</span></h1>
<p>您已安全退出。<br><span lang="en">You have been signed out.</span></p>`,
  );
}
