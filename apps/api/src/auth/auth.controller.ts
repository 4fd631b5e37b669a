import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../common/principal';
import { CurrentPrincipal, Public, Roles } from './auth.decorators';
import { CreateUserDto, LoginDto } from './auth.dto';
import { UsersService } from './users.service';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly users: UsersService) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  login(@Body() dto: LoginDto) {
    return this.users.login(dto);
  }

  @ApiBearerAuth()
  @Get('auth/me')
  me(@CurrentPrincipal() principal: Principal) {
    return principal;
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Post('users')
  createUser(@CurrentPrincipal() actor: Principal, @Body() dto: CreateUserDto) {
    return this.users.create(actor, dto);
  }

  @ApiBearerAuth()
  @Roles('organizer')
  @Get('users')
  listUsers(@CurrentPrincipal() actor: Principal) {
    return this.users.list(actor);
  }
}
