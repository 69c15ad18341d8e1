/*
 * The fused training kernels of engine f32v5 (docs/performance.md, "The fused engine"): one call runs one
 * partition of the training pairs through the forward pass, the projected-MSE loss and the whole gradient,
 * with the hidden activations X = (U_a + U_b)^2 built once per panel of pairs in a cache-resident buffer and
 * every product a register-tiled AVX2/FMA loop over it. No BLAS: the products have one small dimension (d),
 * where a BLAS call spends as long packing its operands as multiplying them.
 *
 * The arithmetic is fixed by the definition in FusedReference.java, which this file must match bit for bit
 * (FusedKernelsTest compares them): every dot product over the hidden index j runs in 8 lanes (lane = j mod
 * 8) with one fused multiply-add per term and the lanes added in the tree ((l0+l4)+(l2+l6))+((l1+l5)+(l3+l7));
 * every sum over pairs or classes is one sequential chain of fused multiply-adds. Tiling never changes which
 * operations are done nor their order per output, so the bits do not depend on the tiles or the panel size.
 * Compile without -ffast-math and with -ffp-contract=off: the scalar parts must round as written.
 *
 * The four phases of a panel (forward, loss_rows, grad_w, grad_u) are kept out of line, one call each per panel,
 * so that a profile (perf record) names them.
 */
#include <immintrin.h>
#include <jni.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define PANEL 64

static inline size_t round8(size_t n) { return (n + 7) & ~(size_t)7; }

/* The lane tree: t_l = v_l + v_{l+4}; u_0 = t_0 + t_2, u_1 = t_1 + t_3; r = u_0 + u_1. */
static inline float hsum(__m256 v) {
    __m128 t = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    __m128 u = _mm_add_ps(t, _mm_movehl_ps(t, t));
    __m128 r = _mm_add_ss(u, _mm_shuffle_ps(u, u, 1));
    return _mm_cvtss_f32(r);
}

/* The same tree on 8 double lanes held as lo (lanes 0..3) and hi (lanes 4..7). */
static inline double hsum_d(__m256d lo, __m256d hi) {
    __m256d t = _mm256_add_pd(lo, hi);
    __m128d u = _mm_add_pd(_mm256_castpd256_pd128(t), _mm256_extractf128_pd(t, 1));
    __m128d r = _mm_add_sd(u, _mm_unpackhi_pd(u, u));
    return _mm_cvtsd_f64(r);
}

/* O[p][c] = sum_j X[p][j] W[c][j] for NP pairs from p0 and NC classes from c0 (8-lane dot products). */
static inline __attribute__((always_inline)) void fwd_tile(const float *x, const float *wp, float *o,
                                                           size_t qp, size_t dp, size_t p0, size_t c0,
                                                           const int NP, const int NC) {
    __m256 acc[3][4];
    for (int i = 0; i < NP; i++)
        for (int k = 0; k < NC; k++) acc[i][k] = _mm256_setzero_ps();
    const float *xr = x + p0 * qp;
    const float *wr = wp + c0 * qp;
    for (size_t j = 0; j < qp; j += 8) {
        __m256 xv[3];
        for (int i = 0; i < NP; i++) xv[i] = _mm256_load_ps(xr + i * qp + j);
        for (int k = 0; k < NC; k++) {
            __m256 wv = _mm256_load_ps(wr + k * qp + j);
            for (int i = 0; i < NP; i++) acc[i][k] = _mm256_fmadd_ps(xv[i], wv, acc[i][k]);
        }
    }
    for (int i = 0; i < NP; i++)
        for (int k = 0; k < NC; k++) o[(p0 + i) * dp + c0 + k] = hsum(acc[i][k]);
}

__attribute__((noinline)) static void forward(const float *x, const float *wp, float *o, size_t r, size_t d, size_t qp, size_t dp) {
    for (size_t c0 = 0; c0 < d; c0 += 4) {
        size_t nc = d - c0 < 4 ? d - c0 : 4;
        size_t p0 = 0;
        for (; p0 + 3 <= r; p0 += 3) {
            switch (nc) {
                case 4: fwd_tile(x, wp, o, qp, dp, p0, c0, 3, 4); break;
                case 3: fwd_tile(x, wp, o, qp, dp, p0, c0, 3, 3); break;
                case 2: fwd_tile(x, wp, o, qp, dp, p0, c0, 3, 2); break;
                default: fwd_tile(x, wp, o, qp, dp, p0, c0, 3, 1); break;
            }
        }
        for (; p0 < r; p0++) {
            switch (nc) {
                case 4: fwd_tile(x, wp, o, qp, dp, p0, c0, 1, 4); break;
                case 3: fwd_tile(x, wp, o, qp, dp, p0, c0, 1, 3); break;
                case 2: fwd_tile(x, wp, o, qp, dp, p0, c0, 1, 2); break;
                default: fwd_tile(x, wp, o, qp, dp, p0, c0, 1, 1); break;
            }
        }
    }
}

/* dW[c][j] = fma(G[p][c], X[p][j], dW[c][j]) for p = 0..r-1 in order; NC classes from c0, NV vectors from j0. */
static inline __attribute__((always_inline)) void dw_tile(const float *g, const float *xs, float *dw, size_t r,
                                                          size_t qp, size_t dp, size_t c0, size_t j0,
                                                          const int NC, const int NV) {
    __m256 acc[6][2];
    const float *strip = xs + j0 * PANEL;
    for (int k = 0; k < NC; k++)
        for (int v = 0; v < NV; v++) acc[k][v] = _mm256_load_ps(dw + (c0 + k) * qp + j0 + 8 * v);
    for (size_t p = 0; p < r; p++) {
        __m256 xv[2];
        for (int v = 0; v < NV; v++) xv[v] = _mm256_load_ps(strip + p * (8 * NV) + 8 * v);
        for (int k = 0; k < NC; k++) {
            __m256 gv = _mm256_broadcast_ss(g + p * dp + c0 + k);
            for (int v = 0; v < NV; v++) acc[k][v] = _mm256_fmadd_ps(gv, xv[v], acc[k][v]);
        }
    }
    for (int k = 0; k < NC; k++)
        for (int v = 0; v < NV; v++) _mm256_store_ps(dw + (c0 + k) * qp + j0 + 8 * v, acc[k][v]);
}

#define DW_CASE(NV)                                                      \
    switch (nc) {                                                        \
        case 6: dw_tile(g, xs, dw, r, qp, dp, c0, j0, 6, NV); break;      \
        case 5: dw_tile(g, xs, dw, r, qp, dp, c0, j0, 5, NV); break;      \
        case 4: dw_tile(g, xs, dw, r, qp, dp, c0, j0, 4, NV); break;      \
        case 3: dw_tile(g, xs, dw, r, qp, dp, c0, j0, 3, NV); break;      \
        case 2: dw_tile(g, xs, dw, r, qp, dp, c0, j0, 2, NV); break;      \
        default: dw_tile(g, xs, dw, r, qp, dp, c0, j0, 1, NV); break;     \
    }

__attribute__((noinline)) static void grad_w(const float *g, const float *xs, float *dw, size_t r, size_t d, size_t qp, size_t dp) {
    for (size_t c0 = 0; c0 < d; c0 += 6) {
        size_t nc = d - c0 < 6 ? d - c0 : 6;
        size_t j0 = 0;
        for (; j0 + 16 <= qp; j0 += 16) { DW_CASE(2) }
        if (j0 < qp) { DW_CASE(1) }
    }
}

/*
 * E[p][j] = sum_c G[p][c] W[c][j] (a chain of fused multiply-adds over c in order), then for each pair in order
 * t = (2 E[p][j]) h[p][j] with h = U_a[a_p][j] + U_b[b_p][j], gua[a_p][j] += t, gub[b_p][j] += t; NP pairs from
 * p0, NV vectors from j0 (only j < q is written).
 */
static inline __attribute__((always_inline)) void e_tile(const float *g, const float *ws, const float *ua,
                                                         const float *ub, const int *pa, const int *pb,
                                                         float *gua, float *gub, size_t d, size_t q,
                                                         size_t dp, size_t p0, size_t j0, const int NP,
                                                         const int NV) {
    __m256 acc[6][2];
    for (int i = 0; i < NP; i++)
        for (int v = 0; v < NV; v++) acc[i][v] = _mm256_setzero_ps();
    const float *strip = ws + j0 * d;
    for (size_t c = 0; c < d; c++) {
        __m256 wv[2];
        for (int v = 0; v < NV; v++) wv[v] = _mm256_load_ps(strip + c * (8 * NV) + 8 * v);
        for (int i = 0; i < NP; i++) {
            __m256 gv = _mm256_broadcast_ss(g + (p0 + i) * dp + c);
            for (int v = 0; v < NV; v++) acc[i][v] = _mm256_fmadd_ps(gv, wv[v], acc[i][v]);
        }
    }
    /* the accumulators leave the registers once, here: indexing them in the scatter below would keep gcc
       from holding them in registers in the loop above */
    float e[6][16] __attribute__((aligned(32)));
    for (int i = 0; i < NP; i++)
        for (int v = 0; v < NV; v++) _mm256_store_ps(&e[i][8 * v], acc[i][v]);
    const __m256 two = _mm256_set1_ps(2.0f);
    for (int v = 0; v < NV; v++) {
        size_t j = j0 + 8 * v;
        if (j + 8 > q) break;
        /* consecutive pairs of one a (the pairs are sorted a-major) add into one row of gua: the running row
           stays in a register, the same additions in the same order without a store and reload per pair */
        int a = pa[p0];
        __m256 run = _mm256_loadu_ps(gua + (size_t)a * q + j);
        for (int i = 0; i < NP; i++) {
            if (pa[p0 + i] != a) {
                _mm256_storeu_ps(gua + (size_t)a * q + j, run);
                a = pa[p0 + i];
                run = _mm256_loadu_ps(gua + (size_t)a * q + j);
            }
            const float *uar = ua + (size_t)a * q;
            const float *ubr = ub + (size_t)pb[p0 + i] * q;
            float *gubr = gub + (size_t)pb[p0 + i] * q;
            __m256 e2 = _mm256_mul_ps(two, _mm256_load_ps(&e[i][8 * v]));
            __m256 h = _mm256_add_ps(_mm256_loadu_ps(uar + j), _mm256_loadu_ps(ubr + j));
            __m256 t = _mm256_mul_ps(e2, h);
            run = _mm256_add_ps(run, t);
            _mm256_storeu_ps(gubr + j, _mm256_add_ps(_mm256_loadu_ps(gubr + j), t));
        }
        _mm256_storeu_ps(gua + (size_t)a * q + j, run);
    }
    /* a last vector past q (q not a multiple of 8): its lanes below q, pair by pair */
    size_t jt = j0 + 8 * (size_t)(NV - 1);
    if (jt < q && jt + 8 > q) {
        for (int i = 0; i < NP; i++) {
            const float *uar = ua + (size_t)pa[p0 + i] * q;
            const float *ubr = ub + (size_t)pb[p0 + i] * q;
            float *guar = gua + (size_t)pa[p0 + i] * q;
            float *gubr = gub + (size_t)pb[p0 + i] * q;
            float lanes[8] __attribute__((aligned(32)));
            _mm256_store_ps(lanes, _mm256_mul_ps(two, _mm256_load_ps(&e[i][8 * (NV - 1)])));
            for (size_t l = 0; jt + l < q; l++) {
                float h = uar[jt + l] + ubr[jt + l];
                float t = lanes[l] * h;
                guar[jt + l] = guar[jt + l] + t;
                gubr[jt + l] = gubr[jt + l] + t;
            }
        }
    }
}

#define E_CASE(NV)                                                                              \
    switch (np) {                                                                               \
        case 6: e_tile(g, ws, ua, ub, pa, pb, gua, gub, d, q, dp, p0, j0, 6, NV); break;    \
        case 5: e_tile(g, ws, ua, ub, pa, pb, gua, gub, d, q, dp, p0, j0, 5, NV); break;    \
        case 4: e_tile(g, ws, ua, ub, pa, pb, gua, gub, d, q, dp, p0, j0, 4, NV); break;    \
        case 3: e_tile(g, ws, ua, ub, pa, pb, gua, gub, d, q, dp, p0, j0, 3, NV); break;    \
        case 2: e_tile(g, ws, ua, ub, pa, pb, gua, gub, d, q, dp, p0, j0, 2, NV); break;    \
        default: e_tile(g, ws, ua, ub, pa, pb, gua, gub, d, q, dp, p0, j0, 1, NV); break;   \
    }

__attribute__((noinline)) static void grad_u(const float *g, const float *ws, const float *ua, const float *ub, const int *pa,
                   const int *pb, float *gua, float *gub, size_t r, size_t d, size_t q, size_t qp, size_t dp) {
    for (size_t p0 = 0; p0 < r; p0 += 6) {
        size_t np = r - p0 < 6 ? r - p0 : 6;
        size_t j0 = 0;
        for (; j0 + 16 <= qp; j0 += 16) { E_CASE(2) }
        if (j0 < qp) { E_CASE(1) }
    }
}

/*
 * Loss, accuracy and output gradient of r rows of O (width dp, classes >= d zero). For a row with label y:
 * mean = (8-lane sum of o) / d, res_c = (o_c - mean) - ([c = y] - 1/d), g_c = scale res_c, and the row's
 * squared norm in 8 double lanes (res_c^2 exact in double), added to *loss in row order.
 */
__attribute__((noinline)) static void loss_rows(const float *o, float *g, const int *py, size_t r, size_t d, size_t dp, float inv_d,
                      float scale, int with_grad, int with_acc, double *loss, long *correct) {
    const __m256 sc = _mm256_set1_ps(scale);
    const __m256 minus_inv = _mm256_set1_ps(0.0f - inv_d);
    const float hit = 1.0f - inv_d;
    double total = *loss;
    long right = *correct;
    for (size_t p = 0; p < r; p++) {
        const float *orow = o + p * dp;
        __m256 s = _mm256_setzero_ps();
        for (size_t c = 0; c < dp; c += 8) s = _mm256_add_ps(s, _mm256_load_ps(orow + c));
        float mean = hsum(s) * inv_d;
        __m256 mv = _mm256_set1_ps(mean);
        int y = py[p];
        __m256d lo = _mm256_setzero_pd();
        __m256d hi = _mm256_setzero_pd();
        for (size_t c = 0; c < dp; c += 8) {
            __m256 target = minus_inv;
            if ((size_t)y >= c && (size_t)y < c + 8) {
                float t[8] __attribute__((aligned(32)));
                _mm256_store_ps(t, minus_inv);
                t[y - c] = hit;
                target = _mm256_load_ps(t);
            }
            __m256 res = _mm256_sub_ps(_mm256_sub_ps(_mm256_load_ps(orow + c), mv), target);
            if (c + 8 > d) {
                /* lanes of classes >= d are not outputs: their residual is zero */
                int valid = (int)(d - c);
                __m256i lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
                __m256i keep = _mm256_cmpgt_epi32(_mm256_set1_epi32(valid), lane);
                res = _mm256_and_ps(res, _mm256_castsi256_ps(keep));
            }
            __m256d rl = _mm256_cvtps_pd(_mm256_castps256_ps128(res));
            __m256d rh = _mm256_cvtps_pd(_mm256_extractf128_ps(res, 1));
            lo = _mm256_add_pd(lo, _mm256_mul_pd(rl, rl));
            hi = _mm256_add_pd(hi, _mm256_mul_pd(rh, rh));
            if (with_grad) _mm256_store_ps(g + p * dp + c, _mm256_mul_ps(sc, res));
        }
        total += hsum_d(lo, hi);
        if (with_acc) {
            size_t arg = 0;
            float best = orow[0];
            for (size_t c = 1; c < d; c++) {
                if (orow[c] > best) {
                    best = orow[c];
                    arg = c;
                }
            }
            if ((int)arg == y) right++;
        }
    }
    *loss = total;
    *correct = right;
}

/*
 * Copies the rows x cols matrix m (row stride ld) into strips of 16 columns (8 for a last odd vector): the strip
 * at column j0 starts at j0 * rows and holds the rows one after the other, each as wide as the strip. The
 * gradient kernels walk a strip down its rows; in the row-major matrix those reads are 2 KiB apart and share a
 * few L1 sets.
 */
static void to_strips(const float *m, size_t ld, size_t rows, size_t cols, float *strips) {
    for (size_t j0 = 0; j0 < cols; j0 += 16) {
        size_t wd = cols - j0 < 16 ? cols - j0 : 16;
        float *dst = strips + j0 * rows;
        for (size_t i = 0; i < rows; i++) memcpy(dst + i * wd, m + i * ld + j0, wd * sizeof(float));
    }
}

/* Floats of scratch one partition call needs: 7 buffers, each rounded up to and aligned at 8 floats (32 bytes), and
   8 floats of slack to align the first. FusedKernels.scratchFloats must give the same number. */
static size_t scratch_floats(size_t d, size_t q) {
    size_t qp = round8(q), dp = round8(d);
    return 3 * d * qp + 2 * (size_t)PANEL * qp + 2 * (size_t)PANEL * dp + 8;
}

/*
 * One partition, pairs [from, to) of (a, b, y). Parameters are d x q row-major: ua[a*q + j] = U_a[j, a],
 * ub[b*q + j], w[c*q + j]. With the gradient: gua and gub receive += (gua's rows of this partition only),
 * dw is overwritten with this partition's dl/dW (d x q). out[0] = the loss sum, out[1] = correct count.
 * Returns 0, or -1 if memory ran out.
 */
static int run_partition(const float *ua, const float *ub, const float *w, size_t d, size_t q, const int *pa,
                         const int *pb, const int *py, size_t from, size_t to, float scale, int with_grad,
                         int with_acc, float *gua, float *gub, float *dw_out, double *out, float *scratch) {
    size_t qp = round8(q);
    size_t dp = round8(d);
    /* the caller's scratch (allocated once per engine partition: no allocation, no page faults per step) */
    float *base = (float *)(((uintptr_t)scratch + 31) & ~(uintptr_t)31);
    float *wp = base;
    float *ws = wp + d * qp;
    float *dw = ws + d * qp;
    float *x = dw + d * qp;
    float *xs = x + (size_t)PANEL * qp;
    float *o = xs + (size_t)PANEL * qp;
    float *g = o + (size_t)PANEL * dp;
    /* padding that the kernels read as zeros: W's and X's columns q..qp, O's columns d..dp (the kernels never
       write them); the W-gradient starts from zero */
    for (size_t c = 0; c < d; c++) {
        memcpy(wp + c * qp, w + c * q, q * sizeof(float));
        memset(wp + c * qp + q, 0, (qp - q) * sizeof(float));
    }
    for (size_t i = 0; i < PANEL; i++) {
        memset(x + i * qp + q, 0, (qp - q) * sizeof(float));
        memset(o + i * dp + d, 0, (dp - d) * sizeof(float));
    }
    if (with_grad) {
        to_strips(wp, qp, d, qp, ws);
        memset(dw, 0, d * qp * sizeof(float));
    }
    float inv_d = 1.0f / (float)d;
    double loss = 0;
    long correct = 0;
    size_t qv = q & ~(size_t)7;
    for (size_t p0 = from; p0 < to; p0 += PANEL) {
        size_t r = to - p0 < PANEL ? to - p0 : PANEL;
        /* the panel's X, row-major for the forward products and, with the gradient, also in strips of 16
           columns (PANEL rows each) for the W-gradient */
        for (size_t i = 0; i < r; i++) {
            const float *uar = ua + (size_t)pa[p0 + i] * q;
            const float *ubr = ub + (size_t)pb[p0 + i] * q;
            float *xr = x + i * qp;
            size_t j = 0;
            for (; j < qv; j += 8) {
                __m256 h = _mm256_add_ps(_mm256_loadu_ps(uar + j), _mm256_loadu_ps(ubr + j));
                __m256 xx = _mm256_mul_ps(h, h);
                _mm256_store_ps(xr + j, xx);
                if (with_grad) {
                    size_t j0 = j & ~(size_t)15;
                    size_t wd = qp - j0 < 16 ? qp - j0 : 16;
                    _mm256_store_ps(xs + j0 * PANEL + i * wd + (j - j0), xx);
                }
            }
            if (j < q) {
                for (; j < q; j++) {
                    float h = uar[j] + ubr[j];
                    xr[j] = h * h;
                }
                if (with_grad) {
                    size_t jl = qv;
                    size_t j0 = jl & ~(size_t)15;
                    size_t wd = qp - j0 < 16 ? qp - j0 : 16;
                    _mm256_store_ps(xs + j0 * PANEL + i * wd + (jl - j0), _mm256_load_ps(xr + jl));
                }
            }
        }
        forward(x, wp, o, r, d, qp, dp);
        loss_rows(o, g, py + p0, r, d, dp, inv_d, scale, with_grad, with_acc, &loss, &correct);
        if (with_grad) {
            grad_w(g, xs, dw, r, d, qp, dp);
            grad_u(g, ws, ua, ub, pa + p0, pb + p0, gua, gub, r, d, q, qp, dp);
        }
    }
    if (with_grad)
        for (size_t c = 0; c < d; c++) memcpy(dw_out + c * q, dw + c * qp, q * sizeof(float));
    out[0] = loss;
    out[1] = (double)correct;
    return 0;
}

/* dev.cogs.train.FusedKernels.partition0: see FusedKernels.java for the contract; the caller has checked it. */
JNIEXPORT jint JNICALL Java_dev_cogs_train_FusedKernels_partition0(
        JNIEnv *env, jclass cls, jfloatArray jua, jfloatArray jub, jfloatArray jw, jint d, jint q, jintArray ja,
        jintArray jb, jintArray jy, jint from, jint to, jfloat scale, jint flags, jfloatArray jgua,
        jfloatArray jgub, jfloatArray jdw, jdoubleArray jout, jfloatArray jscratch) {
    (void)cls;
    int with_grad = flags & 1;
    int with_acc = (flags >> 1) & 1;
    jboolean copy = JNI_FALSE;
    int status = 0;
    /* before the critical regions, inside which no other JNI function may be called */
    jsize scratch_length = (*env)->GetArrayLength(env, jscratch);
    /* Critical access: HotSpot hands out the arrays themselves (no copy), so the two partitions of a step
       write their disjoint rows of the shared gradient in place. A copying VM would lose one partition's rows:
       refuse it. */
    float *ua = (*env)->GetPrimitiveArrayCritical(env, jua, &copy);
    int copied = copy;
    float *ub = (*env)->GetPrimitiveArrayCritical(env, jub, NULL);
    float *w = (*env)->GetPrimitiveArrayCritical(env, jw, NULL);
    int *pa = (*env)->GetPrimitiveArrayCritical(env, ja, NULL);
    int *pb = (*env)->GetPrimitiveArrayCritical(env, jb, NULL);
    int *py = (*env)->GetPrimitiveArrayCritical(env, jy, NULL);
    float *gua = NULL, *gub = NULL, *dw = NULL;
    if (with_grad) {
        gua = (*env)->GetPrimitiveArrayCritical(env, jgua, &copy);
        copied |= copy;
        gub = (*env)->GetPrimitiveArrayCritical(env, jgub, NULL);
        dw = (*env)->GetPrimitiveArrayCritical(env, jdw, NULL);
    }
    double *out = (*env)->GetPrimitiveArrayCritical(env, jout, NULL);
    float *scratch = (*env)->GetPrimitiveArrayCritical(env, jscratch, NULL);
    if (!ua || !ub || !w || !pa || !pb || !py || !out || !scratch || (with_grad && (!gua || !gub || !dw))) {
        status = -2;
    } else if ((size_t)scratch_length < scratch_floats((size_t)d, (size_t)q)) {
        status = -4;
    } else if (copied) {
        status = -3;
    } else {
        status = run_partition(ua, ub, w, (size_t)d, (size_t)q, pa, pb, py, (size_t)from, (size_t)to, scale,
                               with_grad, with_acc, gua, gub, dw, out, scratch);
    }
    if (scratch) (*env)->ReleasePrimitiveArrayCritical(env, jscratch, scratch, 0);
    if (out) (*env)->ReleasePrimitiveArrayCritical(env, jout, out, 0);
    if (dw) (*env)->ReleasePrimitiveArrayCritical(env, jdw, dw, 0);
    if (gub) (*env)->ReleasePrimitiveArrayCritical(env, jgub, gub, 0);
    if (gua) (*env)->ReleasePrimitiveArrayCritical(env, jgua, gua, 0);
    if (py) (*env)->ReleasePrimitiveArrayCritical(env, jy, py, JNI_ABORT);
    if (pb) (*env)->ReleasePrimitiveArrayCritical(env, jb, pb, JNI_ABORT);
    if (pa) (*env)->ReleasePrimitiveArrayCritical(env, ja, pa, JNI_ABORT);
    if (w) (*env)->ReleasePrimitiveArrayCritical(env, jw, w, JNI_ABORT);
    if (ub) (*env)->ReleasePrimitiveArrayCritical(env, jub, ub, JNI_ABORT);
    if (ua) (*env)->ReleasePrimitiveArrayCritical(env, jua, ua, JNI_ABORT);
    return status;
}
