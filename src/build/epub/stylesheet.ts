/** The books' stylesheet: the reader's own settings (font, size, margins) come first, so it sets little. */
export const epubStylesheet = `body { line-height: 1.5; }
header { margin-bottom: 2em; }
.kind, .attribution { font-variant: small-caps; }
.subtitle { font-style: italic; }
h1, h2, h3 { line-height: 1.25; }
blockquote { margin: 1em 2em; }
section[role="doc-endnotes"], .provenance { margin-top: 2em; font-size: 0.9em; }
a[role="doc-noteref"] { text-decoration: none; }
`;
