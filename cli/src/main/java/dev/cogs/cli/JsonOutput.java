package dev.cogs.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The indented JSON the subcommands print for {@code --json}.
 *
 * <p>Public so that plug-in commands ({@link dev.cogs.cli.spi.CommandProvider}) print the same
 * JSON.
 */
public final class JsonOutput {

    private JsonOutput() {}

    /**
     * A fresh mapper that indents its output (one per call: mappers are cheap here and never
     * shared).
     *
     * @return the mapper
     */
    static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * Prints a value (a record, a list of records or a tree) as indented JSON and a line break to
     * standard output.
     *
     * @param value the value
     * @throws JsonProcessingException if Jackson cannot serialise the value
     */
    public static void print(Object value) throws JsonProcessingException {
        System.out.println(mapper().writeValueAsString(value));
    }
}
