// Screens are small and ship in the main bundle, so a deep link paints without a second round
// trip. Procedure wizards load on first use (src/app/procedures.tsx) because they bring the
// procedure schemas (zod); the service worker precaches them, so they open offline too.
export { AddMemberScreen } from '../features/wallet/AddMemberScreen';
export { SettingsScreen } from '../features/settings/SettingsScreen';
export { PrivacyScreen } from '../features/privacy/PrivacyScreen';
