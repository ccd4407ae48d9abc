import { lazy } from 'react';

// Screens are small and ship in the main bundle, so a deep link paints without a second round
// trip. The request form loads on first visit because it brings the procedure schemas (zod);
// the service worker precaches it, so it opens offline too.
export { AddMemberScreen } from '../features/wallet/AddMemberScreen';
export { ApplicationsScreen } from '../features/applications/ApplicationsScreen';
export { ApplicationDetailScreen } from '../features/applications/ApplicationDetailScreen';
export { SettingsScreen } from '../features/settings/SettingsScreen';
export { PrivacyScreen } from '../features/privacy/PrivacyScreen';

export const NewCertifiedCopyScreen = lazy(() =>
  import('../features/certificate/NewCertifiedCopyScreen').then((m) => ({
    default: m.NewCertifiedCopyScreen,
  })),
);
