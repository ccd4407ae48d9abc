import { lazy } from 'react';

// The start screen is in the main bundle; the others load on first visit (and are precached
// by the service worker, so they open offline too).
export const AddMemberScreen = lazy(() =>
  import('../features/wallet/AddMemberScreen').then((m) => ({ default: m.AddMemberScreen })),
);
export const ApplicationsScreen = lazy(() =>
  import('../features/applications/ApplicationsScreen').then((m) => ({
    default: m.ApplicationsScreen,
  })),
);
export const ApplicationDetailScreen = lazy(() =>
  import('../features/applications/ApplicationDetailScreen').then((m) => ({
    default: m.ApplicationDetailScreen,
  })),
);
export const NewCertifiedCopyScreen = lazy(() =>
  import('../features/certificate/NewCertifiedCopyScreen').then((m) => ({
    default: m.NewCertifiedCopyScreen,
  })),
);
export const SettingsScreen = lazy(() =>
  import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);
