package dev.cogs.io.npy;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed header dict of a {@code .npy} file; package-private.
 *
 * <p>The parser accepts the Python literal subset NumPy writes: a dict of single- or double-quoted string
 * keys mapping to a string, {@code True}/{@code False}, or a tuple of non-negative integers.
 */
record NpyHeader(NpyDtype dtype, ByteOrder order, boolean fortranOrder, int[] shape) {

    static NpyHeader parse(String header) {
        Parser p = new Parser(header);
        Map<String, Object> dict = p.dict();
        p.skipSpace();
        if (p.pos != header.length()) {
            throw new IllegalArgumentException("text after the dict at position " + p.pos);
        }
        for (String key : dict.keySet()) {
            if (!key.equals("descr") && !key.equals("fortran_order") && !key.equals("shape")) {
                throw new IllegalArgumentException("unexpected key '" + key + "'");
            }
        }
        Object descr = require(dict, "descr");
        Object fortran = require(dict, "fortran_order");
        Object shape = require(dict, "shape");
        if (!(descr instanceof String)) {
            throw new IllegalArgumentException("'descr' is not a string");
        }
        if (!(fortran instanceof Boolean)) {
            throw new IllegalArgumentException("'fortran_order' is not True or False");
        }
        if (!(shape instanceof int[])) {
            throw new IllegalArgumentException("'shape' is not a tuple of integers");
        }
        String d = (String) descr;
        ByteOrder order;
        String code;
        if (d.length() == 3 && (d.charAt(0) == '<' || d.charAt(0) == '=')) {
            order = ByteOrder.LITTLE_ENDIAN;
            code = d.substring(1);
        } else if (d.length() == 3 && d.charAt(0) == '>') {
            order = ByteOrder.BIG_ENDIAN;
            code = d.substring(1);
        } else {
            throw new IllegalArgumentException("dtype '" + d + "' is not float32 or float64 (expected <f4, <f8, "
                    + ">f4 or >f8)");
        }
        NpyDtype dtype;
        if (code.equals("f4")) {
            dtype = NpyDtype.FLOAT32;
        } else if (code.equals("f8")) {
            dtype = NpyDtype.FLOAT64;
        } else {
            throw new IllegalArgumentException("dtype '" + d + "' is not float32 or float64 (expected <f4, <f8, "
                    + ">f4 or >f8)");
        }
        return new NpyHeader(dtype, order, (Boolean) fortran, (int[]) shape);
    }

    private static Object require(Map<String, Object> dict, String key) {
        Object v = dict.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing key '" + key + "'");
        }
        return v;
    }

    /** A recursive-descent parser over the header text. */
    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private char peek() {
            skipSpace();
            if (pos >= s.length()) {
                throw new IllegalArgumentException("unexpected end of header");
            }
            return s.charAt(pos);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("expected '" + c + "' at position " + pos);
            }
            pos++;
        }

        Map<String, Object> dict() {
            expect('{');
            Map<String, Object> out = new HashMap<>();
            while (peek() != '}') {
                String key = string();
                expect(':');
                Object value = value();
                if (out.put(key, value) != null) {
                    throw new IllegalArgumentException("duplicate key '" + key + "'");
                }
                if (peek() == ',') {
                    pos++;
                } else if (peek() != '}') {
                    throw new IllegalArgumentException("expected ',' or '}' at position " + pos);
                }
            }
            pos++;
            return out;
        }

        private Object value() {
            char c = peek();
            if (c == '\'' || c == '"') {
                return string();
            }
            if (c == '(') {
                return tuple();
            }
            if (s.startsWith("True", pos)) {
                pos += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("False", pos)) {
                pos += 5;
                return Boolean.FALSE;
            }
            throw new IllegalArgumentException("unsupported value at position " + pos);
        }

        private String string() {
            char q = peek();
            if (q != '\'' && q != '"') {
                throw new IllegalArgumentException("expected a string at position " + pos);
            }
            int end = s.indexOf(q, pos + 1);
            if (end < 0) {
                throw new IllegalArgumentException("unterminated string at position " + pos);
            }
            String out = s.substring(pos + 1, end);
            pos = end + 1;
            return out;
        }

        private int[] tuple() {
            expect('(');
            List<Integer> dims = new ArrayList<>();
            boolean comma = true;
            while (peek() != ')') {
                if (!comma) {
                    throw new IllegalArgumentException("expected ',' in the shape at position " + pos);
                }
                int start = pos;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
                if (start == pos) {
                    throw new IllegalArgumentException("expected a non-negative integer at position " + start);
                }
                // NumPy may write 'L' suffixes (Python 2 longs).
                if (pos < s.length() && s.charAt(pos) == 'L') {
                    pos++;
                }
                String digits = s.substring(start, pos).replace("L", "");
                try {
                    dims.add(Integer.parseInt(digits));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("dimension " + digits + " is too large");
                }
                comma = false;
                if (peek() == ',') {
                    pos++;
                    comma = true;
                }
            }
            pos++;
            if (dims.size() == 1 && !comma) {
                throw new IllegalArgumentException("one-element shape needs a trailing comma");
            }
            return dims.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
