// The certified-copy request's parts the procedure registry wires in (src/app/procedures.tsx).
export { CertifiedCopyWizard } from './CertifiedCopyWizard';
export { CertifiedCopySummary } from './CertifiedCopySummary';
