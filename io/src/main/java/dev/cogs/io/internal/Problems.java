package dev.cogs.io.internal;

import java.util.Locale;

/**
 * Builds the one-line {@link IllegalArgumentException}s of the readers: {@code cogs: <file>:
 * <detail>}.
 *
 * <p>Internal to the {@code dev.cogs.io} packages; not API.
 */
public final class Problems {

    private Problems() {}

    /**
     * An exception whose message is {@code cogs: <source>: <formatted detail>}, formatted with
     * {@link Locale#ROOT}; line breaks in the arguments are flattened so the message stays on one
     * line.
     *
     * @param source the file name
     * @param format the detail, a {@link String#format} pattern
     * @param args the pattern's arguments
     * @return the exception (to be thrown by the caller)
     */
    public static IllegalArgumentException fail(String source, String format, Object... args) {
        String detail = String.format(Locale.ROOT, format, args);
        String line = "cogs: " + source + ": " + detail;
        return new IllegalArgumentException(line.replace('\n', ' ').replace('\r', ' '));
    }

    /**
     * Like {@link #fail(String, String, Object...)}, keeping a cause.
     *
     * @param cause the underlying exception
     * @param source the file name
     * @param format the detail, a {@link String#format} pattern
     * @param args the pattern's arguments
     * @return the exception (to be thrown by the caller)
     */
    public static IllegalArgumentException fail(
            Throwable cause, String source, String format, Object... args) {
        IllegalArgumentException e = fail(source, format, args);
        e.initCause(cause);
        return e;
    }

    /**
     * Quotes a name read from a file for a message: printable ASCII is kept, anything else is
     * escaped, and long names are shortened, so a hostile file cannot forge extra lines or huge
     * messages.
     *
     * @param text the name
     * @return the quoted text
     */
    public static String quote(String text) {
        StringBuilder b = new StringBuilder();
        int limit = Math.min(text.length(), 200);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                b.append(c);
            } else {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        if (limit < text.length()) {
            b.append("...");
        }
        return b.toString();
    }
}
