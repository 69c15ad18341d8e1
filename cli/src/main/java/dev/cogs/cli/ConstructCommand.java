package dev.cogs.cli;

import dev.cogs.cli.construct.ConstructionSuite;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code construct}: Builds the CoGS global constructions and verifies them (loss, accuracy, constraint violations). */
@Command(name = "construct", mixinStandardHelpOptions = true,
        description = {"Builds the CoGS global constructions (z_F6, z_F4/6, perfect memorisation, and the non-global "
            + "z_F4) of arXiv:2410.01779 and verifies each: loss over all d^2 pairs in data space and from sum "
            + "potentials, accuracy, weight norm, and the largest violation per constraint class "
            + "(R_g, R_c, R_*, R_n).",
            "Exit code 0 if every claim is verified, 1 otherwise, 2 on bad input."})
final class ConstructCommand implements Callable<Integer> {

    @Option(names = "--d", defaultValue = "23", description = "Odd group size d >= 3 (default: ${DEFAULT-VALUE}).")
    int d;

    @Option(names = "--json", description = "Print the rows as JSON instead of a table.")
    boolean json;

    @Option(names = "--nu-phase", defaultValue = "0.7",
            description = "arg(nu) of the order-6 blocks, |nu| = 1 (default: ${DEFAULT-VALUE}).")
    double nuPhase;

    @Option(names = "--xi-phase", defaultValue = "0.3",
            description = "arg(xi) of the order-4 blocks, |xi| = 1 (default: ${DEFAULT-VALUE}).")
    double xiPhase;

    @Option(names = "--k0", defaultValue = "1",
            description = "The order-6 frequency of z_F4/6, 1 <= k0 <= (d-1)/2 (default: ${DEFAULT-VALUE}).")
    int k0;

    @Option(names = "--memorisation-max-d", defaultValue = "47",
            description = "Largest d for which the order-d^2 memorisation net is verified (default: ${DEFAULT-VALUE}).")
    int memorisationMaxD;

    @Override
    public Integer call() throws Exception {
        ConstructionSuite.Options options;
        try {
            options = new ConstructionSuite.Options(d, nuPhase, xiPhase, k0, memorisationMaxD);
        } catch (IllegalArgumentException e) {
            System.err.println("cogs construct: " + e.getMessage());
            return 2;
        }
        ConstructionSuite.Result result = ConstructionSuite.run(options);
        if (json) {
            JsonOutput.print(result);
        } else {
            System.out.print(ConstructionSuite.table(result));
        }
        return result.verified() ? 0 : 1;
    }
}
