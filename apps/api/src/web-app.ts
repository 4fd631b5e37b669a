import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyStatic from '@fastify/static';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Paths the server answers itself; anything else is a client-side route of the web app. */
const SERVER_PATHS = /^\/(api|socket\.io|admin)(\/|$)/;

/** The built React app: its files, and index.html for the app's own routes (e.g. /join/ABC123). */
export async function serveWebApp(app: NestFastifyApplication, webDist: string): Promise<void> {
  const indexFile = path.join(webDist, 'index.html');
  if (!existsSync(indexFile)) {
    new Logger('Web').warn(`No built web app at ${webDist} (run "npm run build"); serving the API only`);
    return;
  }
  const index = readFileSync(indexFile);
  // One route per built file (wildcard off), so the catch-all below only sees what no file matches.
  await app.register(fastifyStatic, { root: webDist, index: false, wildcard: false, maxAge: '1h', decorateReply: false });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (req, reply) => {
      if (SERVER_PATHS.test(req.url)) return reply.callNotFound();
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
    });
}
