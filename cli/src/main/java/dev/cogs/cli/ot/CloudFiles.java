package dev.cogs.cli.ot;

import dev.cogs.io.npy.Npy;
import dev.cogs.io.npy.NpyArray;
import dev.cogs.rgflow.ot.EmpiricalMeasure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads weighted point clouds from {@code .npy} (1-D or 2-D float32/float64, read by {@link Npy})
 * or CSV files. CSV: one point per line, values separated by commas, semicolons, tabs or spaces; an
 * optional non-numeric header line; {@code #} comments and blank lines are skipped. Every error
 * names the file (and line for CSV).
 */
public final class CloudFiles {

    private CloudFiles() {}

    /**
     * A point cloud with optional weights.
     *
     * @param points the points, {@code n×d}
     * @param weights the weights, or uniform when none were given
     */
    public record Cloud(double[][] points, double[] weights) {

        /**
         * @return the empirical measure (validates finiteness, weights, non-emptiness)
         */
        public EmpiricalMeasure measure() {
            return EmpiricalMeasure.of(points, weights);
        }
    }

    /**
     * Reads a cloud.
     *
     * @param file the points ({@code .npy} or CSV; a 1-D array means one-dimensional points)
     * @param weightsFile optional weights file (1-D {@code .npy} or one-column CSV), may be {@code
     *     null}
     * @param weightsInLastColumn take the last column of the points file as weights
     * @return the cloud
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException naming the file on malformed content, empty clouds, NaN or
     *     negative weights, or a weights length mismatch
     */
    public static Cloud read(Path file, Path weightsFile, boolean weightsInLastColumn)
            throws IOException {
        double[][] table = table(file);
        if (table.length == 0) {
            throw new IllegalArgumentException(file + ": empty point cloud");
        }
        double[][] points = table;
        double[] weights = null;
        if (weightsInLastColumn) {
            int c = table[0].length;
            if (c < 2) {
                throw new IllegalArgumentException(
                        file + ": weights column requested but rows have only " + c + " column");
            }
            points = new double[table.length][];
            weights = new double[table.length];
            for (int i = 0; i < table.length; i++) {
                points[i] = Arrays.copyOf(table[i], c - 1);
                weights[i] = table[i][c - 1];
            }
        }
        if (weightsFile != null) {
            if (weights != null) {
                throw new IllegalArgumentException(
                        file + ": both a weights file and a weights column were given");
            }
            double[][] w = table(weightsFile);
            if (w.length > 0 && w[0].length != 1) {
                throw new IllegalArgumentException(
                        weightsFile + ": weights must be one column, found " + w[0].length);
            }
            if (w.length != points.length) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "%s: %d weights for %d points in %s",
                                weightsFile,
                                w.length,
                                points.length,
                                file));
            }
            weights = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                weights[i] = w[i][0];
            }
        }
        if (weights == null) {
            weights = new double[points.length];
            Arrays.fill(weights, 1.0 / points.length);
        }
        Path src = weightsFile != null ? weightsFile : file;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "%s: weight %d (%s) must be finite and >= 0",
                                src,
                                i,
                                weights[i]));
            }
        }
        for (int i = 0; i < points.length; i++) {
            for (int k = 0; k < points[i].length; k++) {
                if (!Double.isFinite(points[i][k])) {
                    throw new IllegalArgumentException(
                            String.format(
                                    Locale.ROOT,
                                    "%s: point %d coordinate %d (%s) must be finite",
                                    file,
                                    i,
                                    k,
                                    points[i][k]));
                }
            }
        }
        try {
            EmpiricalMeasure.of(points, weights);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        return new Cloud(points, weights);
    }

    /** Rows of numbers from {@code .npy} or CSV. */
    static double[][] table(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy")) {
            return npy(file);
        }
        return csv(file);
    }

    /** A 2-D array as rows, a 1-D array as one column. */
    private static double[][] npy(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        NpyArray a;
        try {
            a = Npy.parse(bytes, file.toString());
        } catch (IOException e) {
            // Npy.parse reports malformed content as an IOException whose message starts with the
            // file name;
            // this class reports malformed content as an IllegalArgumentException.
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (a.rank() == 2) {
            return a.toMatrix();
        }
        if (a.rank() != 1) {
            throw new IllegalArgumentException(
                    file + ": array must be 1-D or 2-D, shape " + NpyArray.shapeString(a.shape()));
        }
        double[] data = a.data();
        double[][] out = new double[data.length][];
        for (int i = 0; i < data.length; i++) {
            out[i] = new double[] {data[i]};
        }
        return out;
    }

    private static double[][] csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<double[]> rows = new ArrayList<>();
        int width = -1;
        for (int ln = 0; ln < lines.size(); ln++) {
            String line = lines.get(ln).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] tok = line.split("\\s*[,;\\t ]\\s*");
            double[] row = new double[tok.length];
            boolean numeric = true;
            for (int k = 0; k < tok.length; k++) {
                try {
                    row[k] = Double.parseDouble(tok[k]);
                } catch (NumberFormatException e) {
                    numeric = false;
                    if (!rows.isEmpty() || width != -1) {
                        throw new IllegalArgumentException(
                                String.format(
                                        Locale.ROOT,
                                        "%s line %d: '%s' is not a number",
                                        file,
                                        ln + 1,
                                        tok[k]),
                                e);
                    }
                }
            }
            if (!numeric) {
                width = -2; // header seen
                continue;
            }
            if (width >= 0 && row.length != width) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "%s line %d: %d values, earlier rows have %d",
                                file,
                                ln + 1,
                                row.length,
                                width));
            }
            width = row.length;
            rows.add(row);
        }
        return rows.toArray(new double[0][]);
    }
}
