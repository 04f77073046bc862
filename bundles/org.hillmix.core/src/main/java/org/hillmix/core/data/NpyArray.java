package org.hillmix.core.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;

/**
 * An n-dimensional NumPy array held in memory as its raw C-ordered (row-major) bytes, as read
 * from or written to a {@code .npy} file.
 *
 * <p>Element {@code (i0, i1, ..., ik)} of an array of shape {@code (d0, d1, ..., dk)} is at flat
 * index {@code ((i0 * d1 + i1) * d2 + i2) ... * dk + ik}, the last index varying fastest. A
 * 0-dimensional array (shape {@code ()}) holds one element. Instances are immutable.
 */
public final class NpyArray {

    private final NpyDtype dtype;
    private final ByteOrder order;
    private final int[] shape;
    private final int count;
    private final ByteBuffer data;

    /**
     * Wraps raw element bytes.
     *
     * @param dtype element type
     * @param order byte order of multi-byte elements
     * @param shape dimensions (each &ge; 0); empty for a 0-dimensional array
     * @param data exactly {@code count * dtype.size()} bytes from its position; not copied, so the
     *            caller must not change it afterwards
     */
    public NpyArray(NpyDtype dtype, ByteOrder order, int[] shape, ByteBuffer data) {
        this.dtype = Objects.requireNonNull(dtype, "dtype");
        this.order = Objects.requireNonNull(order, "order");
        this.shape = shape.clone();
        this.count = elementCount(this.shape);
        long bytes = (long) count * dtype.size();
        if (data.remaining() != bytes) {
            throw new IllegalArgumentException("shape " + shapeString(this.shape) + " of " + dtype.numpyName()
                    + " needs " + bytes + " bytes, got " + data.remaining());
        }
        this.data = data.slice().order(order).asReadOnlyBuffer().order(order);
    }

    /** A float64 array of {@code shape} holding a copy of {@code values} (C order). */
    public static NpyArray ofDoubles(double[] values, int... shape) {
        checkCount(values.length, shape);
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asDoubleBuffer().put(values);
        return new NpyArray(NpyDtype.FLOAT64, ByteOrder.LITTLE_ENDIAN, shape, b);
    }

    /** A float64 array of shape {@code (rows, cols)} holding a copy of {@code matrix}; rows must be equally long. */
    public static NpyArray ofDoubles(double[][] matrix) {
        int cols = matrix.length == 0 ? 0 : matrix[0].length;
        double[] flat = new double[Math.multiplyExact(matrix.length, cols)];
        for (int r = 0; r < matrix.length; r++) {
            if (matrix[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + matrix[r].length + " values, row 0 has "
                        + cols + ": a NumPy matrix needs rows of equal length");
            }
            System.arraycopy(matrix[r], 0, flat, r * cols, cols);
        }
        return ofDoubles(flat, matrix.length, cols);
    }

    /** An int64 array of {@code shape} holding a copy of {@code values} (C order). */
    public static NpyArray ofLongs(long[] values, int... shape) {
        checkCount(values.length, shape);
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asLongBuffer().put(values);
        return new NpyArray(NpyDtype.INT64, ByteOrder.LITTLE_ENDIAN, shape, b);
    }

    private static void checkCount(int length, int[] shape) {
        int n = elementCount(shape);
        if (n != length) {
            throw new IllegalArgumentException("shape " + shapeString(shape) + " holds " + n + " elements, but "
                    + length + " values were given");
        }
    }

    /** Product of the dimensions; rejects negative dimensions and more than {@code Integer.MAX_VALUE} elements. */
    static int elementCount(int[] shape) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + shapeString(shape));
            }
            n *= d;
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("shape " + shapeString(shape) + " has more than "
                        + Integer.MAX_VALUE + " elements, which HILLmix cannot hold in one array");
            }
        }
        return (int) n;
    }

    /** Python-style shape text: {@code ()}, {@code (3,)}, {@code (3, 4)}. */
    static String shapeString(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return sb.append(')').toString();
    }

    /** Element type. */
    public NpyDtype dtype() {
        return dtype;
    }

    /** Byte order of the raw data (irrelevant for one-byte types). */
    public ByteOrder byteOrder() {
        return order;
    }

    /** A copy of the dimensions; empty for a 0-dimensional array. */
    public int[] shape() {
        return shape.clone();
    }

    /** Number of dimensions. */
    public int ndim() {
        return shape.length;
    }

    /** Size of dimension {@code axis}. */
    public int dim(int axis) {
        return shape[axis];
    }

    /** Number of elements: the product of the dimensions (1 for a 0-dimensional array). */
    public int elementCount() {
        return count;
    }

    /** The raw C-ordered element bytes, read-only, in {@link #byteOrder()}. */
    public ByteBuffer rawData() {
        return data.duplicate().order(order);
    }

    /**
     * Element {@code flatIndex} (C order) as a double: exact for every type except int64 values
     * beyond 2<sup>53</sup> in magnitude; bool gives 0 or 1.
     */
    public double getDouble(int flatIndex) {
        Objects.checkIndex(flatIndex, count);
        int p = flatIndex * dtype.size();
        return switch (dtype) {
            case FLOAT64 -> data.getDouble(p);
            case FLOAT32 -> data.getFloat(p);
            default -> getLongUnchecked(p);
        };
    }

    /**
     * Element {@code flatIndex} (C order) as a long, for integer and bool arrays (bool gives 0 or 1).
     *
     * @throws IllegalStateException for floating-point arrays
     */
    public long getLong(int flatIndex) {
        Objects.checkIndex(flatIndex, count);
        requireInteger("getLong");
        return getLongUnchecked(flatIndex * dtype.size());
    }

    private long getLongUnchecked(int p) {
        return switch (dtype) {
            case BOOL -> data.get(p) != 0 ? 1 : 0;
            case INT8 -> data.get(p);
            case INT16 -> data.getShort(p);
            case INT32 -> data.getInt(p);
            case INT64 -> data.getLong(p);
            case UINT8 -> Byte.toUnsignedLong(data.get(p));
            case UINT16 -> Short.toUnsignedLong(data.getShort(p));
            case UINT32 -> Integer.toUnsignedLong(data.getInt(p));
            case FLOAT32, FLOAT64 -> throw new IllegalStateException("not an integer type: " + dtype);
        };
    }

    private void requireInteger(String what) {
        if (dtype.isFloatingPoint()) {
            throw new IllegalStateException(what + " needs an integer or bool array, this one is "
                    + dtype.numpyName() + "; use asDoubleArray(), or save the array with .astype(np.int64)");
        }
    }

    /** All elements in C order as doubles (see {@link #getDouble(int)}); float64 data is copied in bulk. */
    public double[] asDoubleArray() {
        double[] out = new double[count];
        if (dtype == NpyDtype.FLOAT64) {
            data.duplicate().order(order).asDoubleBuffer().get(out);
        } else if (dtype == NpyDtype.FLOAT32) {
            var fb = data.duplicate().order(order).asFloatBuffer();
            for (int i = 0; i < count; i++) {
                out[i] = fb.get(i);
            }
        } else {
            for (int i = 0; i < count; i++) {
                out[i] = getLongUnchecked(i * dtype.size());
            }
        }
        return out;
    }

    /**
     * All elements in C order as longs, for integer and bool arrays.
     *
     * @throws IllegalStateException for floating-point arrays
     */
    public long[] asLongArray() {
        requireInteger("asLongArray");
        long[] out = new long[count];
        if (dtype == NpyDtype.INT64) {
            data.duplicate().order(order).asLongBuffer().get(out);
        } else {
            for (int i = 0; i < count; i++) {
                out[i] = getLongUnchecked(i * dtype.size());
            }
        }
        return out;
    }

    /**
     * All elements as ints, for integer and bool arrays whose values all fit in an int (e.g.
     * index arrays).
     *
     * @throws IllegalStateException for floating-point arrays or a value outside the int range
     */
    public int[] asIntArray() {
        long[] longs = asLongArray();
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            if (longs[i] != (int) longs[i]) {
                throw new IllegalStateException("element " + i + " = " + longs[i] + " does not fit in an int");
            }
            out[i] = (int) longs[i];
        }
        return out;
    }

    /**
     * A 2-D array as {@code double[rows][cols]}.
     *
     * @throws IllegalStateException when the array is not 2-dimensional
     */
    public double[][] asDoubleMatrix() {
        require2d();
        double[] flat = asDoubleArray();
        double[][] out = new double[shape[0]][];
        for (int r = 0; r < shape[0]; r++) {
            out[r] = Arrays.copyOfRange(flat, r * shape[1], (r + 1) * shape[1]);
        }
        return out;
    }

    /**
     * A 2-D integer or bool array as {@code long[rows][cols]}.
     *
     * @throws IllegalStateException when the array is not 2-dimensional or is floating-point
     */
    public long[][] asLongMatrix() {
        require2d();
        long[] flat = asLongArray();
        long[][] out = new long[shape[0]][];
        for (int r = 0; r < shape[0]; r++) {
            out[r] = Arrays.copyOfRange(flat, r * shape[1], (r + 1) * shape[1]);
        }
        return out;
    }

    private void require2d() {
        if (shape.length != 2) {
            throw new IllegalStateException("expected a 2-D array, this one has shape " + shapeString(shape));
        }
    }

    /** The NumPy {@code descr} string, e.g. {@code "<f8"} or {@code "|u1"}. */
    public String descr() {
        char o = dtype.size() == 1 ? '|' : order == ByteOrder.BIG_ENDIAN ? '>' : '<';
        return o + dtype.code();
    }

    @Override
    public String toString() {
        return "NpyArray[" + descr() + ", shape " + shapeString(shape) + "]";
    }
}
