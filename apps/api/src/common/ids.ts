import { randomInt, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

// No 0/O/1/I/L: join codes are read aloud and typed on phones.
const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function newJoinCode(length = 6): string {
  let code = '';
  for (let i = 0; i < length; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}
