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
import java.util.regex.Pattern;

/**
 * Reads weighted point clouds from {@code .npy} (1-D or 2-D float32/float64, read by {@link Npy})
 * or CSV files. CSV: one point per line, decimal values separated by commas, semicolons, tabs or
 * spaces; {@code #} comments and blank lines are skipped. The first line is a header only when no
 * cell of it looks like a number (not even {@code nan}, {@code inf} or {@code 0x10}), and the cloud
 * says so in its notes; any other cell that is not a finite decimal number is an error. Every error
 * names the file (and line for CSV).
 */
public final class CloudFiles {

    private CloudFiles() {}

    /**
     * A point cloud with optional weights.
     *
     * @param points the points, {@code n×d}
     * @param weights the weights, or uniform when none were given
     * @param notes what the reader decided on the user's behalf (a CSV line taken as a header)
     */
    public record Cloud(double[][] points, double[] weights, List<String> notes) {

        /**
         * Copies the notes.
         *
         * @param points the points
         * @param weights the weights
         * @param notes the notes
         */
        public Cloud {
            notes = List.copyOf(notes);
        }

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
        List<String> notes = new ArrayList<>();
        double[][] table = table(file, notes);
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
            double[][] w = table(weightsFile, notes);
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
        return new Cloud(points, weights, notes);
    }

    /** Rows of numbers from {@code .npy} or CSV. */
    static double[][] table(Path file) throws IOException {
        return table(file, new ArrayList<>());
    }

    /** Rows of numbers from {@code .npy} or CSV, adding a note for a CSV header. */
    static double[][] table(Path file, List<String> notes) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy")) {
            return npy(file);
        }
        return csv(file, notes);
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

    /**
     * A finite or non-finite decimal, hexadecimal, NaN or infinity: something meant as a number.
     */
    private static final Pattern NUMBER_LIKE =
            Pattern.compile(
                    "[+-]?(\\d.*|\\.\\d.*|nan|inf|infinity|0x[0-9a-f]*)", Pattern.CASE_INSENSITIVE);

    /** The decimal numbers this reader accepts. */
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private static double[][] csv(Path file, List<String> notes) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(
                    file + ": not a text file in UTF-8 (nor a .npy file by its name)", e);
        }
        List<double[]> rows = new ArrayList<>();
        int width = -1;
        boolean first = true;
        for (int ln = 0; ln < lines.size(); ln++) {
            String line = lines.get(ln).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] tok = line.split("\\s*[,;\\t ]\\s*");
            if (first) {
                first = false;
                boolean anyNumber = false;
                for (String t : tok) {
                    anyNumber |= NUMBER_LIKE.matcher(t).matches();
                }
                if (!anyNumber) {
                    notes.add(
                            String.format(
                                    Locale.ROOT,
                                    "%s line %d taken as a header (no cell is a number): %s",
                                    file,
                                    ln + 1,
                                    line.length() > 60 ? line.substring(0, 60) + "..." : line));
                    continue;
                }
            }
            double[] row = new double[tok.length];
            for (int k = 0; k < tok.length; k++) {
                row[k] = cell(file, ln + 1, k + 1, tok[k]);
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

    /** One CSV cell: a finite decimal number, or an error naming the file, line and column. */
    private static double cell(Path file, int line, int column, String token) {
        String shown = token.length() > 40 ? token.substring(0, 40) + "..." : token;
        if (!DECIMAL.matcher(token).matches()) {
            String why =
                    NUMBER_LIKE.matcher(token).matches()
                            ? "is not a finite decimal number (nan, inf and hexadecimal are refused)"
                            : "is not a number";
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%s line %d, column %d: '%s' %s",
                            file,
                            line,
                            column,
                            shown,
                            why));
        }
        double v = Double.parseDouble(token);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%s line %d, column %d: '%s' overflows double precision",
                            file,
                            line,
                            column,
                            shown));
        }
        return v;
    }
}
