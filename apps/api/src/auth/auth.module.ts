import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../database/entities';
import { AuthController } from './auth.controller';
import { FailedAttempts } from './failed-attempts';
import { SessionRegistry } from './session-registry';
import { TokenService } from './token.service';
import { UserRepository } from './user.repository';
import { UsersService } from './users.service';

const EXPORTED = [SessionRegistry, FailedAttempts, TokenService, UsersService, UserRepository];

/** Sign-in, users, tokens, sessions and failed-attempt counts: every feature module of the api checks them. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  controllers: [AuthController],
  providers: EXPORTED,
  exports: EXPORTED,
})
export class AuthModule {}
