// HTML of the development identity provider. No script and no inline style: the same strict CSP
// as the app applies. Labels are English with Japanese alongside, outside the <label>, so the
// fields' accessible names stay exactly "User name" and "Password".

export const LOGIN_CSS_PATH = '/oidc/assets/login.css';

export const loginCss = `
body{font-family:system-ui,"Hiragino Sans","Noto Sans JP",sans-serif;margin:0;padding:1.5rem;
background:#f8f8fb;color:#1a1a1c;line-height:1.6}
main{max-width:24rem;margin:2rem auto;background:#fff;border:1px solid #d8d8db;border-radius:.5rem;padding:1.5rem}
h1{font-size:1.5rem;margin:0 0 1rem}
.field{margin:0 0 1rem}
label{font-weight:700}
.ja{color:#4d4d52;font-size:.875rem;margin-left:.5rem}
input{display:block;box-sizing:border-box;width:100%;font-size:1rem;padding:.75rem;margin-top:.25rem;
border:1px solid #767680;border-radius:.375rem}
button{font-size:1rem;font-weight:700;padding:.75rem 1.5rem;border:0;border-radius:.375rem;
background:#0031d8;color:#fff;cursor:pointer}
.error{color:#b00020;font-weight:700}
.note{color:#4d4d52;font-size:.875rem}
`;

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} — Madoguchi</title>
<link rel="stylesheet" href="${LOGIN_CSS_PATH}">
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

export function loginPage(action: string, failed: boolean): string {
  const error = failed
    ? `<p class="error" role="alert">The user name or password is wrong. <span lang="ja">ユーザー名またはパスワードが違います。</span></p>`
    : '';
  return page(
    'Sign in',
    `<h1>Sign in <span lang="ja" class="ja">サインイン</span></h1>
<p class="note">Development sign-in with test accounts. <span lang="ja">開発用のテストアカウントでサインインします。</span></p>
${error}
<form method="post" action="${escapeHtml(action)}">
<div class="field"><label for="username">User name</label><span lang="ja" class="ja">ユーザー名</span>
<input id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required maxlength="100"></div>
<div class="field"><label for="password">Password</label><span lang="ja" class="ja">パスワード</span>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="200"></div>
<button type="submit">Sign in</button>
</form>`,
  );
}

export function messagePage(title: string, message: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>`);
}

/** oidc-provider's error page; `out` holds only the OAuth error code and description. */
export function errorPage(out: Record<string, unknown>): string {
  const lines = Object.entries(out)
    .filter(([key]) => key === 'error' || key === 'error_description')
    .map(
      ([key, value]) => `<p><strong>${escapeHtml(key)}</strong>: ${escapeHtml(String(value))}</p>`,
    )
    .join('\n');
  return page(
    'Sign-in error',
    `<h1>Sign-in error <span lang="ja" class="ja">サインインエラー</span></h1>\n${lines}`,
  );
}

export function logoutPage(form: string, host: string): string {
  return page(
    'Sign out',
    `<h1>Sign out of ${escapeHtml(host)}? <span lang="ja" class="ja">サインアウトしますか？</span></h1>
${form}
<button type="submit" form="op.logoutForm" value="yes" name="logout">Sign out</button>`,
  );
}
