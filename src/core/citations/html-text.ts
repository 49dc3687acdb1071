/** Text as HTML that shows it as it is: its `&`, `<`, `>` and `"` as character references. */
export const htmlText = (text: string): string =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
