/** What a passage anchor is called for readers: `p-12` is "¶ 12", `fn-3` is "Note 3". */
export function passageLabel(id: string): string | undefined {
	const paragraph = /^p-(\d+)$/.exec(id);
	if (paragraph) return `¶ ${paragraph[1]}`;
	const note = /^fn-(.+)$/.exec(id);
	return note ? `Note ${note[1]}` : undefined;
}
