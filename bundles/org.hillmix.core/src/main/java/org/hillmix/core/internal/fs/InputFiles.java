package org.hillmix.core.internal.fs;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Opens input files so that every failure names the file and where in it: invalid UTF-8 is reported with its
 * byte offset ({@code data.csv: invalid UTF-8 at byte offset 17 (0xff)}), a folder given for a file says so, and
 * an I/O error while reading names the file it happened in. The JDK's own decoders say only
 * {@code Input length = 1}, {@code Is a directory} or {@code Input/output error}, without the file or offset,
 * which is why this small decoder exists instead of {@link Files#newBufferedReader(Path)}.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * A buffered reader of {@code file} as strict UTF-8.
     *
     * @throws java.nio.file.NoSuchFileException when the file does not exist
     * @throws IOException when {@code file} is a folder or cannot be opened (the message names it)
     */
    public static BufferedReader newReader(Path file) throws IOException {
        requireFile(file);
        InputStream in = Files.newInputStream(file);
        return new BufferedReader(new Utf8Reader(in, file.toString()), 1 << 16);
    }

    /** The whole of {@code file} as strict UTF-8; failures as in {@link #newReader(Path)}. */
    public static String readString(Path file) throws IOException {
        try (Reader r = newReader(file)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = r.read(buf)) >= 0) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        }
    }

    /**
     * Checks that {@code file} can be opened as a file.
     *
     * @throws IOException naming the file when it is a folder
     */
    public static void requireFile(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder; a file is expected here");
        }
    }

    /**
     * {@code e} if its message already names {@code file}, otherwise an exception whose message does: the JDK
     * reports read errors as {@code Input/output error} or {@code Is a directory} alone. Format errors that the
     * readers raise start with the file's name and are returned unchanged.
     */
    public static IOException named(Path file, IOException e) {
        String msg = e.getMessage();
        if (e instanceof FileSystemException fse && fse.getFile() != null) {
            return e;
        }
        if (msg != null && (msg.startsWith(file.toString())
                || file.getFileName() != null && msg.startsWith(file.getFileName().toString()))) {
            return e;
        }
        return new IOException(file + ": cannot read: " + (msg == null ? e.getClass().getSimpleName() : msg), e);
    }

    /**
     * {@code in} with every {@link IOException} of its reads renamed by {@link #named(Path, IOException)}: for
     * streams whose errors come from the JDK (read errors, corrupt gzip data) and never from a format check.
     */
    public static InputStream naming(InputStream in, Path file) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                try {
                    return super.read();
                } catch (IOException e) {
                    throw named(file, e);
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return super.read(b, off, len);
                } catch (IOException e) {
                    throw named(file, e);
                }
            }

            @Override
            public long skip(long n) throws IOException {
                try {
                    return super.skip(n);
                } catch (IOException e) {
                    throw named(file, e);
                }
            }
        };
    }

    /**
     * Strict UTF-8 decoding that counts the bytes it has consumed, so an error can say where it is. Reports
     * malformed and truncated sequences (as {@link Files#newBufferedReader(Path)} does) instead of replacing
     * them.
     */
    static final class Utf8Reader extends Reader {

        private final InputStream in;
        private final String name;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
        private final CharBuffer chars = CharBuffer.allocate(8192).flip();
        /** File offset of {@code bytes}' index 0. */
        private long base;
        private boolean eof;
        private boolean done;

        Utf8Reader(InputStream in, String name) {
            this.in = Objects.requireNonNull(in, "in");
            this.name = name;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, cbuf.length);
            if (len == 0) {
                return 0;
            }
            while (!chars.hasRemaining()) {
                if (done) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(len, chars.remaining());
            chars.get(cbuf, off, n);
            return n;
        }

        private void fill() throws IOException {
            chars.clear();
            while (chars.position() == 0 && !done) {
                if (!eof) {
                    base += bytes.position();
                    bytes.compact();
                    int r;
                    try {
                        r = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    } catch (IOException e) {
                        throw new IOException(name + ": cannot read at byte offset " + (base + bytes.position()) + ": "
                                + e.getMessage(), e);
                    }
                    if (r < 0) {
                        eof = true;
                    } else {
                        bytes.position(bytes.position() + r);
                    }
                    bytes.flip();
                }
                CoderResult result = decoder.decode(bytes, chars, eof);
                if (result.isError()) {
                    throw malformed(base + bytes.position(), result.length());
                }
                if (eof && !bytes.hasRemaining()) {
                    decoder.flush(chars);
                    done = true;
                }
            }
            chars.flip();
        }

        private IOException malformed(long offset, int length) {
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
                hex.append(i == 0 ? "" : " ").append(String.format("0x%02x", bytes.get(bytes.position() + i) & 0xff));
            }
            return new IOException(name + ": invalid UTF-8 at byte offset " + offset + " (" + hex
                    + "); save the file as UTF-8");
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
