import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** The quoted table name of an entity for hand-written SQL, with its schema when one is configured. */
export function tableName(tx: EntityManager, entity: EntityTarget<ObjectLiteral>): string {
  const meta = tx.connection.getMetadata(entity);
  return meta.schema ? `"${meta.schema}"."${meta.tableName}"` : `"${meta.tableName}"`;
}
