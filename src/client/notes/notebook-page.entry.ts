/**
 * On the notebook's page (src/pages/notes.astro), loads the notebook (./notebook.ts). From the
 * script every page runs, not from a script of the page's own: a second entry would share the
 * pages' helpers with it, and the bundler would split them into a file of their own, one more
 * request on every page.
 */
const root = document.querySelector<HTMLElement>('.notebook');
if (root) void import('./notebook.ts').then((notebook) => notebook.startNotebook(root));
