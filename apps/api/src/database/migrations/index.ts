import { InitialSchema1764230400000 } from './1764230400000-initial-schema';

/** Every migration, oldest first. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS = [InitialSchema1764230400000];
