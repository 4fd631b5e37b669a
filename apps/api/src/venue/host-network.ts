import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';

/**
 * The machine's network as this node sees it: its LAN IPv4 addresses and the port it listens on.
 * The only code that reads them (tests replace it: they never connect to a LAN address).
 */
@Injectable()
export class HostNetwork {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** IPv4 addresses of the machine's network cards, loopback left out. */
  lanAddresses(): string[] {
    const found = new Set<string>();
    for (const entries of Object.values(networkInterfaces())) {
      for (const entry of entries ?? []) {
        const v4 = entry.family === 'IPv4' || (entry.family as unknown) === 4;
        if (v4 && !entry.internal) found.add(entry.address);
      }
    }
    return [...found];
  }

  /** The port the HTTP server listens on (tests listen on port 0: the one the system gave). */
  listeningPort(): number | null {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as { address?: () => AddressInfo | string | null } | undefined;
    const address = server?.address?.();
    return address && typeof address === 'object' ? address.port : null;
  }
}
