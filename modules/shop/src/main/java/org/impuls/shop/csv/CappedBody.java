package org.impuls.shop.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An upload read up to a cap: counts what it reads and stops past the cap ({@link TooLarge}, a 413 for the API),
 * whatever the request's {@code Content-Length} claimed (a client may send more than it announced, or announce nothing).
 */
final class CappedBody extends FilterInputStream {

    /** More was sent than the cap allows; nothing of it is imported. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /** Largest CSV file. */
    static final long MAX_CSV_BYTES = 20_000_000;
    /** Largest ZIP file as uploaded (compressed); {@link ImportArchive} limits what it unpacks to. */
    static final long MAX_ZIP_BYTES = 200_000_000;

    private final long cap;
    private final String what;
    private long read;

    private CappedBody(InputStream in, long cap, String what) {
        super(in);
        this.cap = cap;
        this.what = what;
    }

    /** The body, refused with {@link TooLarge} once more than {@code cap} bytes were read. */
    static InputStream atMost(InputStream body, long cap, String what) {
        return new CappedBody(body, cap, what);
    }

    /** A CSV body as text (UTF-8), at most {@link #MAX_CSV_BYTES}. */
    static String csv(InputStream body) {
        try (InputStream in = atMost(body, MAX_CSV_BYTES, "CSV file")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        read += n;
        if (read > cap) {
            throw new TooLarge("The " + what + " is larger than " + cap / 1_000_000 + " MB; split the import.");
        }
    }
}
