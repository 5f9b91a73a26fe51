// Glue: the privileged app:// scheme, serving the renderer from the package (see app-content.ts).
import { protocol, type Session } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './app-url';
import { respondToAppRequest, type AppContentOptions } from './app-content';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** Serves app:// on the session; every answer, even an error, carries the CSP. */
export function serveApp(session: Session, opts: AppContentOptions): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const r = await respondToAppRequest(request.url, request.method, opts);
    const body = request.method === 'HEAD' ? null : typeof r.body === 'string' ? r.body : new Uint8Array(r.body);
    return new Response(body, { status: r.status, headers: r.headers });
  });
}
