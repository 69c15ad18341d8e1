package dev.cogs.train;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Row-major float matrices held by ND4J (off-heap, {@link DataType#FLOAT}) and the sgemm that
 * multiplies them.
 *
 * <p>Two routes to the same OpenBLAS: {@link GemmRoute#ND4J} goes through {@code Nd4j.gemm} (op
 * validation and dispatch per call), {@link GemmRoute#CBLAS} calls ND4J's bundled OpenBLAS ({@code
 * org.bytedeco.openblas} 0.3.19, the library ND4J 1.0.0-M2.1's native back end links) directly on
 * the arrays' memory. Both reach the same kernel rate on large products, but {@code Nd4j.gemm}
 * costs about 0.1 ms of dispatch per call (measured on an 8×8×8 product against about 1 µs for
 * {@code cblas_sgemm}), which at d = 23 (products of ~0.2 ms) is a large part of a step; the
 * trainer therefore uses {@link GemmRoute#CBLAS}. Buffers are allocated once per engine; nothing
 * here allocates per call.
 *
 * <p>OpenBLAS 0.3.19 reaches about 30 GFLOP/s per core on the trainer's shapes (one dimension d =
 * 127) against about 80 on 2048² products on the development machine; MKL, loaded in its place with
 * the JVM option {@code -Dorg.bytedeco.openblas.load=mkl_rt} (the {@code org.bytedeco:mkl} jars
 * come with {@code nd4j-native-platform}), reached about 50 on the same shapes. The choice is the
 * user's, at JVM start.
 */
final class Blas {

    /** How sgemm is reached. */
    enum GemmRoute {
        /** {@code Nd4j.gemm} on the INDArrays. */
        ND4J,
        /** {@code cblas_sgemm} of ND4J's OpenBLAS on the INDArrays' memory. */
        CBLAS,
        /**
         * No sgemm: the engine runs its partitions through the fused kernels ({@link FusedKernels},
         * engine f32v5). {@link #gemm} refuses it.
         */
        FUSED
    }

    private Blas() {}

    /** An off-heap row-major float matrix, allocated once. */
    static final class Matrix {
        final int rows;
        final int cols;
        final INDArray array;
        final FloatPointer pointer;

        Matrix(int rows, int cols) {
            this.rows = rows;
            this.cols = cols;
            this.array = Nd4j.create(DataType.FLOAT, new long[] {rows, cols}, 'c');
            this.pointer = (FloatPointer) array.data().pointer();
        }

        void putInPlace(float[] source) {
            pointer.position(0).put(source, 0, rows * cols);
        }

        /**
         * A separate pointer object on the same memory, so that threads can copy disjoint rows
         * concurrently.
         */
        FloatPointer view() {
            return new FloatPointer(pointer);
        }

        /** Frees the off-heap memory now instead of waiting for the garbage collector. */
        void release() {
            if (array.closeable()) {
                array.close();
            }
        }
    }

    /**
     * Rows {@code [from, to)} of a {@link Matrix} with their own INDArray view and native pointer,
     * so that threads can use disjoint blocks (or each its own view of a shared read-only matrix)
     * concurrently.
     */
    static final class Block {
        final int rows;
        final int cols;
        final INDArray array;
        private final FloatPointer pointer;
        private final long base;

        Block(Matrix parent, int from, int to) {
            if (from < 0 || to > parent.rows || from >= to) {
                throw new IllegalArgumentException(
                        "row block [" + from + ", " + to + ") of a " + parent.rows + "-row matrix");
            }
            this.rows = to - from;
            this.cols = parent.cols;
            this.array =
                    from == 0 && to == parent.rows
                            ? parent.array
                            : parent.array.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
            this.pointer = parent.view();
            this.base = (long) from * cols;
        }

        /** Copies {@code rows·cols} floats from {@code source[offset…]} into the block. */
        void put(float[] source, int offset) {
            pointer.position(base).put(source, offset, rows * cols);
        }

        /** Copies the block into {@code dest[offset…]}. */
        void getInto(float[] dest, int offset) {
            pointer.position(base).get(dest, offset, rows * cols);
        }

        FloatPointer at() {
            return pointer.position(base);
        }
    }

    /**
     * {@code c = op(a) · op(b)} (beta = 0) on row blocks, row-major; allocates nothing on the CBLAS
     * route.
     */
    static void gemm(GemmRoute route, Block a, boolean transA, Block b, boolean transB, Block c) {
        gemm(route, a, transA, b, transB, c, false);
    }

    /**
     * {@code c = op(a) · op(b)}, or {@code c += op(a) · op(b)} if {@code accumulate} (beta = 1), on
     * row blocks, row-major; allocates nothing on the CBLAS route.
     */
    static void gemm(
            GemmRoute route,
            Block a,
            boolean transA,
            Block b,
            boolean transB,
            Block c,
            boolean accumulate) {
        int m = transA ? a.cols : a.rows;
        int k = transA ? a.rows : a.cols;
        int kb = transB ? b.cols : b.rows;
        int n = transB ? b.rows : b.cols;
        if (k != kb || c.rows != m || c.cols != n) {
            throw new IllegalStateException(
                    "gemm shapes "
                            + a.rows
                            + "x"
                            + a.cols
                            + (transA ? "ᵀ" : "")
                            + " · "
                            + b.rows
                            + "x"
                            + b.cols
                            + (transB ? "ᵀ" : "")
                            + " -> "
                            + c.rows
                            + "x"
                            + c.cols);
        }
        if (route == GemmRoute.FUSED) {
            throw new IllegalStateException("the fused route has no sgemm");
        }
        if (route == GemmRoute.ND4J) {
            Nd4j.gemm(a.array, b.array, c.array, transA, transB, 1.0, accumulate ? 1.0 : 0.0);
        } else {
            openblas_nolapack.cblas_sgemm(
                    openblas_nolapack.CblasRowMajor,
                    transA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                    transB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                    m,
                    n,
                    k,
                    1f,
                    a.at(),
                    a.cols,
                    b.at(),
                    b.cols,
                    accumulate ? 1f : 0f,
                    c.at(),
                    c.cols);
        }
    }
}
