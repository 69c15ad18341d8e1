package dev.cogs.cli.ot;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses method names case-insensitively: {@code exact}, {@code sinkhorn}, {@code 1d}/{@code
 * one_d}, {@code sliced}.
 */
public final class OtMethodConverter implements ITypeConverter<OtMethod> {

    @Override
    public OtMethod convert(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "exact":
            case "emd":
                return OtMethod.EXACT;
            case "sinkhorn":
                return OtMethod.SINKHORN;
            case "1d":
            case "one_d":
                return OtMethod.ONE_D;
            case "sliced":
                return OtMethod.SLICED;
            default:
                throw new TypeConversionException(
                        "unknown method '" + value + "' (exact, sinkhorn, 1d, sliced)");
        }
    }
}
