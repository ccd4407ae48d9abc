/**
 * The accessible names the page objects find things by, shared by the Chromium (Playwright) and
 * the WebKit (WebDriver) page objects: one list, so both engines are tested on the same words a
 * screen reader would say. English and Japanese, as the catalogs have them.
 */
export const names = {
  setupHeading: /Protect what you keep here|この端末に保管する情報を守ります/,
  lockedHeading: /Madoguchi is locked|窓口はロックされています/,
  newPassphrase: /^(New passphrase|新しいパスフレーズ)/,
  repeatPassphrase: /^(Type the passphrase again|もう一度パスフレーズを入力)/,
  protect: /Protect with this passphrase|このパスフレーズで守る/,
  passphrase: /^(Passphrase|パスフレーズ)$/,
  unlock: /^(Unlock|ロックを解除)$/,
  addPerson: /Add a person|人を追加/,
  fullName: /^(Full name|氏名)$/,
  dateOfBirth: /Date of birth|生年月日/,
  residentRecordCode: /Resident record code|住民票コード/,
  codeChecked: /I checked|確認しました/,
  save: /^(Save|保存)$/,
  signIn: /^(Sign in|サインイン)$/,
  providerUser: /User name/,
  providerPassword: /Password/,
  providerSignIn: /Sign in/,
} as const;
