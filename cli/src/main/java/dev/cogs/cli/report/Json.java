package dev.cogs.cli.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper of the report (records in, records out; pretty-printed); the group of a {@code
 * TrainingConfig} is written by {@link GroupJson}.
 */
final class Json {

    static final ObjectMapper MAPPER =
            JsonMapper.builder()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .disable(
                            com.fasterxml.jackson.databind.DeserializationFeature
                                    .FAIL_ON_UNKNOWN_PROPERTIES)
                    .addModule(GroupJson.module())
                    .build();

    private Json() {}
}
