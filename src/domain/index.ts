/**
 * The domain: pure rules and types shared by the app and the server. No DOM, storage or network.
 * The full list of municipalities is large and lives behind `loadMunicipalityDirectory()`, and
 * the postcode table behind `loadPostcodeLookup()`, so importing this module stays cheap.
 */
export * from './application-kind';
export * from './ids';
export * from './calendar';
export * from './payment';
export * from './municipalities';
export * from './procedures';
