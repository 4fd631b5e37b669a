import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../common/principal';
import { AllowDuringPasswordChange, CurrentPrincipal, Public, Roles } from './auth.decorators';
import { ChangePasswordDto, CreateUserDto, LoginDto, ResetPasswordDto } from './auth.dto';
import { UsersService } from './users.service';
import type { LoginResponse, PublicUser, UserDisabled } from '@jingsai/domain';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly users: UsersService) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  login(@Body() dto: LoginDto, @Req() req: FastifyRequest): Promise<LoginResponse> {
    return this.users.login(dto, req.ip);
  }

  /** Sets a new password (required first after signing in with the default one); other sessions end. */
  @ApiBearerAuth()
  @AllowDuringPasswordChange()
  @Post('auth/password')
  @HttpCode(200)
  changePassword(@CurrentPrincipal() principal: Principal, @Body() dto: ChangePasswordDto): Promise<LoginResponse> {
    return this.users.changePassword(principal, dto);
  }

  @ApiBearerAuth()
  @AllowDuringPasswordChange()
  @Get('auth/me')
  me(@CurrentPrincipal() principal: Principal) {
    return principal;
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Post('users')
  createUser(@CurrentPrincipal() actor: Principal, @Body() dto: CreateUserDto): Promise<PublicUser> {
    return this.users.create(actor, dto);
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Delete('users/:id')
  disableUser(@CurrentPrincipal() actor: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<UserDisabled> {
    return this.users.disable(actor, id);
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Post('users/:id/enable')
  @HttpCode(200)
  enableUser(@CurrentPrincipal() actor: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<PublicUser> {
    return this.users.enable(actor, id);
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Post('users/:id/password')
  @HttpCode(200)
  resetPassword(@CurrentPrincipal() actor: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ResetPasswordDto): Promise<PublicUser> {
    return this.users.resetPassword(actor, id, dto);
  }

  @ApiBearerAuth()
  @Roles('organizer')
  @Get('users')
  listUsers(@CurrentPrincipal() actor: Principal): Promise<PublicUser[]> {
    return this.users.list(actor);
  }
}
