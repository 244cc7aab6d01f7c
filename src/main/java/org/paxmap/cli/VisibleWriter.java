package org.paxmap.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.paxmap.text.OutsideText;

/**
 * The last guard between the command line and the terminal: everything written to standard output and standard error
 * passes through it, and every code point that {@link OutsideText#isHidden} calls hidden is written as its escape —
 * except the line breaks the commands write themselves ({@code \n}, and {@code \r\n} where that is the platform's
 * line separator) and the tab that separates columns. The commands show each string from a file through {@link
 * OutsideText#visible}, which escapes those three as well; this writer makes sure that a string that slipped past
 * them still cannot drive the terminal. Not thread-safe, as the writer it wraps.
 */
final class VisibleWriter extends FilterWriter {
    private static final boolean CRLF = "\r\n".equals(System.lineSeparator());

    /** A high surrogate waiting for its low half, or 0. */
    private char pendingHigh;
    /** Whether a carriage return waits to see whether a line feed follows. */
    private boolean pendingCr;

    VisibleWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pendingCr) {
            pendingCr = false;
            if (ch == '\n') {
                out.write("\r\n");
                return;
            }
            escape('\r');
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(ch)) {
                int cp = Character.toCodePoint(high, ch);
                if (OutsideText.isHidden(cp)) {
                    escape(cp);
                } else {
                    out.write(high);
                    out.write(ch);
                }
                return;
            }
            escape(high);
        }
        if (Character.isHighSurrogate(ch)) {
            pendingHigh = ch;
        } else if (ch == '\r' && CRLF) {
            pendingCr = true;
        } else if (ch == '\n' || ch == '\t' || !OutsideText.isHidden(ch)) {
            out.write(ch);
        } else {
            escape(ch);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(buf[i]);
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(str.charAt(i));
        }
    }

    @Override
    public void flush() throws IOException {
        settle();
        super.flush();
    }

    @Override
    public void close() throws IOException {
        settle();
        super.close();
    }

    /** Writes out what waits for a next character that is not coming: a lone carriage return or high surrogate. */
    private void settle() throws IOException {
        if (pendingCr) {
            pendingCr = false;
            escape('\r');
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            escape(high);
        }
    }

    private void escape(int codePoint) throws IOException {
        StringBuilder text = new StringBuilder(10);
        OutsideText.appendEscape(text, codePoint);
        out.write(text.toString());
    }
}
