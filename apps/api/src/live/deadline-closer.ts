import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { LiveService } from './live.service';

const EVERY_MS = 250;

/** Closes questions whose time ran out. Harmless on several nodes: each close is a guarded update. */
@Injectable()
export class DeadlineCloser implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DeadlineCloser.name);
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(private readonly live: LiveService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.live.closeExpired();
    } catch (error) {
      this.logger.warn(`Closing expired questions failed (will retry): ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
