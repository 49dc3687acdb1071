import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * Serves a built site on 127.0.0.1 the way a static host does: `dir/index.html` for `/dir/`,
 * and `404.html` with status 404 for anything else. With a base path, the site answers only
 * below it, so a link that forgets the base fails. On `port`, where given (a new build of the site
 * served at the same origin); else on any free one.
 */
export async function serveSite(root: string, base = '/', port = 0): Promise<{ url: string; close: () => Promise<void> }> {
	const files = sirv(root, { dev: false, etag: true });
	const server: Server = createServer((request, response) => {
		const notFound = () => {
			response.statusCode = 404;
			request.url = '/404.html';
			files(request, response);
		};
		if (!request.url?.startsWith(base)) return notFound();
		request.url = `/${request.url.slice(base.length)}`;
		files(request, response, notFound);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const address = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${address.port}${base}`,
		// Every connection with it: a browser's kept-alive one would otherwise still be served.
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
