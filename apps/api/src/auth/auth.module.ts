import { Global, Module } from '@nestjs/common';
import { FailedAttempts } from './failed-attempts';
import { SessionRegistry } from './session-registry';

/** Sessions and failed-attempt counts, for every feature module of the api. */
@Global()
@Module({ providers: [SessionRegistry, FailedAttempts], exports: [SessionRegistry, FailedAttempts] })
export class AuthModule {}
