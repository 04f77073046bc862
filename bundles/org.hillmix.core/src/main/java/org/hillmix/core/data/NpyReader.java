package org.hillmix.core.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hillmix.core.internal.fs.InputFiles;

/**
 * Reads NumPy {@code .npy} files, format versions 1.0, 2.0 and 3.0.
 *
 * <p>Supported: the element types of {@link NpyDtype} in little-, big- or no byte order
 * ({@code <}, {@code >}, {@code |}; {@code =} means this machine's order), any shape, C order.
 * Rejected with a message naming the file, what was found and how to fix it: Fortran-ordered
 * arrays, object arrays ({@code |O}), structured and other unsupported dtypes, files that are not
 * {@code .npy} or are truncated. Bytes after the array data are ignored, as {@code numpy.load}
 * does.
 *
 * <p>The element data is read with one bulk channel read into a heap buffer, so large float64
 * arrays cost a single copy plus {@link NpyArray#asDoubleArray()}'s bulk conversion.
 */
public final class NpyReader {

    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    private NpyReader() {
    }

    /** Reads the array stored in {@code file}; messages name the file by its name. */
    public static NpyArray read(Path file) throws IOException {
        return read(file, false);
    }

    /**
     * Like {@link #read(Path)}, but the element data is memory-mapped (read-only) instead of read into the heap:
     * for large arrays that are converted once (e.g. with {@link NpyArray#asDoubleArray()}), this saves reading
     * the file into a heap buffer and one copy of it. The mapping stays valid after this returns; the file must
     * not be truncated while the array is in use (on some systems a mapped file also cannot be deleted until the
     * array is garbage-collected), so use it for short-lived command-line reads.
     */
    public static NpyArray map(Path file) throws IOException {
        return read(file, true);
    }

    private static NpyArray read(Path file, boolean map) throws IOException {
        InputFiles.requireFile(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(ch, file.getFileName().toString(), map ? ch : null);
        } catch (IOException e) {
            throw InputFiles.named(file, e);
        }
    }

    /**
     * Reads one array from {@code in} (not closed).
     *
     * @param source name used in error messages, e.g. the file name
     */
    public static NpyArray read(InputStream in, String source) throws IOException {
        return read(Channels.newChannel(in), source, null);
    }

    /** Reads one array from {@code ch}; its data is mapped from {@code mapFrom} (the same channel) when not null. */
    private static NpyArray read(ReadableByteChannel ch, String source, FileChannel mapFrom) throws IOException {
        ByteBuffer pre = ByteBuffer.allocate(8);
        readFully(ch, pre, source, "the .npy preamble");
        for (int i = 0; i < MAGIC.length; i++) {
            if (pre.get(i) != MAGIC[i]) {
                throw new IOException(source + ": not a NumPy .npy file (it does not start with \\x93NUMPY);"
                        + " save arrays with numpy.save");
            }
        }
        int major = Byte.toUnsignedInt(pre.get(6));
        int minor = Byte.toUnsignedInt(pre.get(7));
        int lenBytes = switch (major) {
            case 1 -> 2;
            case 2, 3 -> 4;
            default -> throw new IOException(source + ": .npy format version " + major + "." + minor
                    + " is not supported (only 1.0, 2.0 and 3.0)");
        };
        ByteBuffer lenBuf = ByteBuffer.allocate(lenBytes).order(ByteOrder.LITTLE_ENDIAN);
        readFully(ch, lenBuf, source, "the header length");
        long headerLen = major == 1 ? Short.toUnsignedInt(lenBuf.getShort(0)) : Integer.toUnsignedLong(lenBuf.getInt(0));
        if (headerLen > 1 << 24) {
            throw new IOException(source + ": header length " + headerLen + " is implausibly large; the file is"
                    + " probably corrupt");
        }
        ByteBuffer headerBuf = ByteBuffer.allocate((int) headerLen);
        readFully(ch, headerBuf, source, "the header");
        // version 1 and 2 headers are latin-1, version 3 headers UTF-8
        String header = new String(headerBuf.array(), major == 3 ? StandardCharsets.UTF_8
                : StandardCharsets.ISO_8859_1);
        Header h = parseHeader(header.strip(), source);

        long bytes;
        try {
            bytes = (long) NpyArray.elementCount(h.shape) * h.dtype.size();
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
        if (bytes > Integer.MAX_VALUE - 16) {
            throw new IOException(source + ": shape " + NpyArray.shapeString(h.shape) + " of "
                    + h.dtype.numpyName() + " needs " + bytes + " bytes of data, more than the " + (Integer.MAX_VALUE
                    - 16) + " bytes (2 GiB) one array can hold; split it into smaller files");
        }
        if (mapFrom != null) {
            long at = mapFrom.position();
            long available = Math.max(0, mapFrom.size() - at);
            if (available < bytes) {
                throw new IOException(source + ": file is truncated: shape " + NpyArray.shapeString(h.shape) + " of "
                        + h.dtype.numpyName() + " needs " + bytes + " bytes of data, found only " + available);
            }
            return new NpyArray(h.dtype, h.order, h.shape, mapFrom.map(FileChannel.MapMode.READ_ONLY, at, bytes));
        }
        ByteBuffer data = ByteBuffer.allocate((int) bytes);
        int got = readUpTo(ch, data);
        if (got < bytes) {
            throw new IOException(source + ": file is truncated: shape " + NpyArray.shapeString(h.shape) + " of "
                    + h.dtype.numpyName() + " needs " + bytes + " bytes of data, found only " + got);
        }
        data.flip();
        return new NpyArray(h.dtype, h.order, h.shape, data);
    }

    private record Header(NpyDtype dtype, ByteOrder order, int[] shape) {
    }

    /** Parses the Python dict literal {@code {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }}. */
    static Header parseHeader(String header, String source) throws IOException {
        Map<String, String> dict = parseDict(header, source);
        String descr = dict.get("descr");
        String fortran = dict.get("fortran_order");
        String shapeText = dict.get("shape");
        if (descr == null || fortran == null || shapeText == null) {
            throw new IOException(source + ": .npy header lacks " + (descr == null ? "'descr'" : fortran == null
                    ? "'fortran_order'" : "'shape'") + ": " + header);
        }
        if (fortran.equals("True")) {
            throw new IOException(source + ": array is stored in Fortran (column-major) order, which is not"
                    + " supported; save it in C order, e.g. np.save(f, np.ascontiguousarray(a))");
        }
        if (!fortran.equals("False")) {
            throw new IOException(source + ": 'fortran_order' must be True or False, found " + fortran);
        }
        if (!(descr.startsWith("'") && descr.endsWith("'")) || descr.length() < 3) {
            throw new IOException(source + ": structured dtype " + descr + " is not supported; save a plain"
                    + " numeric array (one of " + NpyDtype.supportedList() + ")");
        }
        String d = descr.substring(1, descr.length() - 1);
        char o = d.charAt(0);
        String code = "<>|=".indexOf(o) >= 0 ? d.substring(1) : d;
        if (code.equals("O")) {
            throw new IOException(source + ": object array (dtype '" + d + "') cannot be read without Python;"
                    + " convert it to a numeric dtype before saving, e.g. np.save(f, a.astype(np.float64))");
        }
        NpyDtype dtype = NpyDtype.ofCode(code);
        if (dtype == null) {
            throw new IOException(source + ": dtype '" + d + "' is not supported; supported: "
                    + NpyDtype.supportedList() + " (convert with a.astype(...) before saving)");
        }
        ByteOrder order = switch (o) {
            case '>' -> ByteOrder.BIG_ENDIAN;
            case '<' -> ByteOrder.LITTLE_ENDIAN;
            case '=' -> ByteOrder.nativeOrder();
            default -> {
                if (dtype.size() > 1 && o != '|') {
                    throw new IOException(source + ": dtype '" + d + "' has no byte order; expected '<' or '>'");
                }
                yield ByteOrder.LITTLE_ENDIAN;
            }
        };
        return new Header(dtype, order, parseShape(shapeText, source));
    }

    private static int[] parseShape(String text, String source) throws IOException {
        if (!text.startsWith("(") || !text.endsWith(")")) {
            throw new IOException(source + ": 'shape' must be a tuple like (3, 4), found " + text);
        }
        String inner = text.substring(1, text.length() - 1).strip();
        List<Integer> dims = new ArrayList<>();
        if (!inner.isEmpty()) {
            String[] parts = inner.split(",", -1);
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.isEmpty() && i == parts.length - 1 && i > 0) {
                    break; // trailing comma, as in (3,)
                }
                // numpy on some platforms writes Python 2 longs such as 3L
                if (p.endsWith("L")) {
                    p = p.substring(0, p.length() - 1);
                }
                if (p.matches("-?[0-9]{1,1000}")) {
                    // an integer, but possibly beyond what a long holds: compare as a number, not by parsing
                    java.math.BigInteger v = new java.math.BigInteger(p);
                    if (v.signum() < 0 || v.compareTo(java.math.BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
                        throw new IOException(source + ": dimension " + p + " in shape " + text + " is out of range"
                                + " (0 to " + Integer.MAX_VALUE + ")");
                    }
                    dims.add(v.intValueExact());
                    continue;
                }
                throw new IOException(source + ": dimension '" + p + "' in shape " + text + " is not an integer");
            }
        }
        return dims.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Splits the top level of a flat Python dict literal into raw key/value texts. */
    private static Map<String, String> parseDict(String text, String source) throws IOException {
        if (!text.startsWith("{") || !text.endsWith("}")) {
            throw new IOException(source + ": .npy header is not a Python dict: " + text);
        }
        Map<String, String> out = new LinkedHashMap<>();
        String body = text.substring(1, text.length() - 1);
        int i = 0;
        while (true) {
            i = skipSpace(body, i);
            if (i >= body.length()) {
                break;
            }
            char q = body.charAt(i);
            if (q != '\'' && q != '"') {
                throw new IOException(source + ": unexpected text in .npy header at '" + body.substring(i) + "'");
            }
            int end = body.indexOf(q, i + 1);
            if (end < 0) {
                throw new IOException(source + ": unterminated key in .npy header: " + text);
            }
            String key = body.substring(i + 1, end);
            i = skipSpace(body, end + 1);
            if (i >= body.length() || body.charAt(i) != ':') {
                throw new IOException(source + ": expected ':' after '" + key + "' in .npy header: " + text);
            }
            i = skipSpace(body, i + 1);
            int start = i;
            int depth = 0;
            char quote = 0;
            for (; i < body.length(); i++) {
                char c = body.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    break;
                }
            }
            out.put(key, body.substring(start, i).strip().replace('"', '\''));
            i++; // past the comma
        }
        return out;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void readFully(ReadableByteChannel ch, ByteBuffer buf, String source, String what)
            throws IOException {
        if (readUpTo(ch, buf) < buf.capacity()) {
            throw new EOFException(source + ": file ends inside " + what + "; it is empty, truncated or not a"
                    + " .npy file");
        }
    }

    private static int readUpTo(ReadableByteChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            if (ch.read(buf) < 0) {
                break;
            }
        }
        return buf.position();
    }
}
