package org.paxmap.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * XML documents written one after another in one stream, as CoT logs are (each {@code <event>} its own document,
 * with or without its own {@code <?xml …?>} declaration, no wrapping element), handed out one document at a time so
 * that each is parsed by {@link SecureXml} on its own, with every protection of a single document. A stream holding
 * one document yields that document.
 *
 * <p>The split is found by a small lexer over the bytes (ASCII-compatible encodings: UTF-8, ISO-8859-x, Windows-125x):
 * it counts element depth, skipping quoted attribute values, comments, CDATA sections, processing instructions and
 * declarations, and ends a document right after its root element's end tag. Between documents whitespace, byte-order
 * marks and comments are dropped. A UTF-16 stream is not split (handed out whole). Nothing is buffered beyond a few
 * bytes: memory stays bounded whatever the length. Malformed input is never repaired here; the parser refuses it.
 * Not thread-safe (one read).
 */
final class ConcatenatedXml {
    private enum State {
        TEXT,
        LT,
        PI,
        BANG,
        COMMENT,
        CDATA,
        DECLARATION,
        TAG
    }

    private final PushbackInputStream in;
    private boolean first = true;
    private boolean whole;
    private Document current;

    ConcatenatedXml(InputStream in) {
        this.in = new PushbackInputStream(in, 4);
    }

    /**
     * The next document, read to its end by the caller before this is called again; {@code null} when only
     * whitespace and comments are left.
     */
    InputStream next() throws IOException {
        if (current != null && !current.ended) {
            throw new IllegalStateException("the previous document was not read to its end");
        }
        if (first) {
            first = false;
            int a = in.read();
            int b = in.read();
            unread(b);
            unread(a);
            whole = (a == 0xFE && b == 0xFF) || (a == 0xFF && b == 0xFE) || a == 0 || b == 0;
            current = new Document();
            return current;
        }
        if (whole || !skipBetweenDocuments()) {
            return null;
        }
        current = new Document();
        return current;
    }

    /** Drops whitespace, byte-order marks and comments; whether a document follows. */
    private boolean skipBetweenDocuments() throws IOException {
        while (true) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF) {
                continue;
            }
            if (b == '<') {
                int c = in.read();
                int d = in.read();
                int e = in.read();
                if (c == '!' && d == '-' && e == '-') {
                    skipComment();
                    continue;
                }
                unread(e);
                unread(d);
                unread(c);
            }
            unread(b);
            return true;
        }
    }

    private void skipComment() throws IOException {
        int p2 = 0;
        int p1 = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '>' && p1 == '-' && p2 == '-') {
                return;
            }
            p2 = p1;
            p1 = b;
        }
    }

    private void unread(int b) throws IOException {
        if (b >= 0) {
            in.unread(b);
        }
    }

    /** One document: the bytes up to and including its root element's end. */
    private final class Document extends InputStream {
        private State state = State.TEXT;
        private int depth;
        private boolean endTag;
        private int quote;
        private int brackets;
        private int p1;
        private int p2;
        private boolean ended;

        @Override
        public int read() throws IOException {
            if (ended) {
                return -1;
            }
            int b = in.read();
            if (b < 0) {
                ended = true; // a cut-off document: the parser says so
                return -1;
            }
            if (!whole) {
                step(b);
            }
            p2 = p1;
            p1 = b;
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int n = 0;
            while (n < len) {
                int b = read();
                if (b < 0) {
                    break;
                }
                buffer[off + n++] = (byte) b;
                if (ended) {
                    break;
                }
            }
            return n == 0 ? -1 : n;
        }

        private void step(int b) {
            switch (state) {
                case TEXT -> {
                    if (b == '<') {
                        state = State.LT;
                    }
                }
                case LT -> {
                    quote = 0;
                    if (b == '?') {
                        state = State.PI;
                    } else if (b == '!') {
                        state = State.BANG;
                    } else {
                        endTag = b == '/';
                        state = State.TAG;
                    }
                }
                case PI -> {
                    if (b == '>' && p1 == '?') {
                        state = State.TEXT;
                    }
                }
                case BANG -> {
                    if (b == '-') {
                        state = State.COMMENT;
                    } else if (b == '[') {
                        state = State.CDATA;
                    } else {
                        state = State.DECLARATION;
                        brackets = 0;
                    }
                }
                case COMMENT -> {
                    if (b == '>' && p1 == '-' && p2 == '-') {
                        state = State.TEXT;
                    }
                }
                case CDATA -> {
                    if (b == '>' && p1 == ']' && p2 == ']') {
                        state = State.TEXT;
                    }
                }
                case DECLARATION -> declaration(b);
                case TAG -> tag(b);
            }
        }

        private void declaration(int b) {
            if (quote != 0) {
                quote = b == quote ? 0 : quote;
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '[') {
                brackets++;
            } else if (b == ']') {
                brackets--;
            } else if (b == '>' && brackets <= 0) {
                state = State.TEXT;
            }
        }

        private void tag(int b) {
            if (quote != 0) {
                quote = b == quote ? 0 : quote;
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '>') {
                state = State.TEXT;
                if (endTag) {
                    depth--;
                } else if (p1 != '/') {
                    depth++;
                }
                if (depth <= 0) {
                    ended = true; // the root element's end (or an empty root element)
                }
            }
        }
    }
}
