import { Injectable } from '@nestjs/common';

/** The server's time is authoritative; services ask this port so tests can move it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
