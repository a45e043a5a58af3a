export * from './ensure-postgres';
export * from './prepare-database';
