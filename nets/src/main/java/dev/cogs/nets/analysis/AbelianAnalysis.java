package dev.cogs.nets.analysis;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.algebra.weights.GroupNet;
import dev.cogs.algebra.weights.Part;
import dev.cogs.algebra.weights.RealWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The analysis pipeline of docs/cogs-math.md §9 over a finite abelian group G (docs/cogs-math.md
 * §14.7): the frequencies k = 1..(d−1)/2 become the {@link CharacterGroup#pairRepresentatives()
 * pair representatives} of \(\hat G\) (one character of each conjugate pair, and every character of
 * order 2), and everything else is unchanged:
 *
 * <ol>
 *   <li>Fourier transform over \(\hat G\) ({@link GroupNet#fromReal});
 *   <li>per-character order: order_χ = #{j : |A_{χj}| &gt; 0.05} for each representative χ;
 *   <li>grouping: best_j = argmax over the trivial character and the representatives (in index
 *       order, first maximum) of |A_{χj}|, node j kept iff that maximum exceeds 0.05;
 *   <li>factorisation of the groups of size 4 and 6 and classification of their factors, exactly as
 *       in {@link NetAnalysis}; statistics {@link RunStatistics} over the representatives.
 * </ol>
 *
 * For \(\mathbb{Z}_d\) ({@code FiniteGroups.cyclic(d)}, d odd) the representatives are k =
 * 1..(d−1)/2 and every number equals {@link NetAnalysis}'s. Since |A_χ| = |A_χ̄| for real weights
 * and the factor classification does not depend on which member of a conjugate pair is the
 * representative (conjugating a group conjugates its factors), the analysis is invariant under
 * isomorphisms of G, pair by pair.
 *
 * <p>This record is immutable.
 *
 * @param group the group's name
 * @param size n = |G|
 * @param order the number of hidden nodes q
 * @param characters the analysed representatives, ascending character indices
 * @param characterOrders the order of each representative in \(\hat G\) (2 for a real character)
 * @param frequencyOrders order_χ per representative (same index as {@code characters})
 * @param bestCharacter per node, best_j if the node is kept (0 = trivial character), −1 if inactive
 * @param groups the groups G_χ per representative (same index; {@link GroupAnalysis#frequency()} is
 *     χ)
 * @param constantNodes kept nodes whose dominant character is the trivial one
 * @param statistics the per-run statistics over the representatives
 * @param options the thresholds used
 */
public record AbelianAnalysis(
        String group,
        int size,
        int order,
        List<Integer> characters,
        List<Integer> characterOrders,
        List<Integer> frequencyOrders,
        List<Integer> bestCharacter,
        List<GroupAnalysis> groups,
        int constantNodes,
        RunStatistics statistics,
        AnalysisOptions options) {

    /**
     * Copies the lists and checks their lengths.
     *
     * @param group see the record description
     * @param size see the record description
     * @param order see the record description
     * @param characters see the record description
     * @param characterOrders see the record description
     * @param frequencyOrders see the record description
     * @param bestCharacter see the record description
     * @param groups see the record description
     * @param constantNodes see the record description
     * @param statistics see the record description
     * @param options see the record description
     * @throws IllegalArgumentException if the list lengths disagree
     */
    public AbelianAnalysis {
        Objects.requireNonNull(group, "group");
        characters = List.copyOf(characters);
        characterOrders = List.copyOf(characterOrders);
        frequencyOrders = List.copyOf(frequencyOrders);
        bestCharacter = List.copyOf(bestCharacter);
        groups = List.copyOf(groups);
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(options, "options");
        int r = characters.size();
        if (characterOrders.size() != r
                || frequencyOrders.size() != r
                || groups.size() != r
                || bestCharacter.size() != order) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "list sizes do not match %d representatives and order %d",
                            r,
                            order));
        }
    }

    /**
     * Analyses real weights over G with the paper's thresholds.
     *
     * @param characters the character group of G
     * @param weights weights with {@code weights.d() == |G|}
     * @return the analysis
     * @throws IllegalArgumentException if the sizes disagree
     */
    public static AbelianAnalysis of(CharacterGroup characters, RealWeights weights) {
        return of(GroupNet.fromReal(characters, weights), AnalysisOptions.paper());
    }

    /**
     * Analyses a net over G (only the trivial character and the representatives are read; conjugate
     * symmetry is assumed).
     *
     * <p>Non-finite values: impossible on input; a division by an exactly zero coefficient inside a
     * group makes it non-factorable, as in {@link NetAnalysis}.
     *
     * @param z the net
     * @param options thresholds
     * @return the analysis
     */
    public static AbelianAnalysis of(GroupNet z, AnalysisOptions options) {
        Objects.requireNonNull(z, "z");
        Objects.requireNonNull(options, "options");
        CharacterGroup ch = z.characters();
        int q = z.order();
        List<Integer> reps = ch.pairRepresentatives();
        int r = reps.size();
        // mod[t][j] = |A_{chi j}| for chi = 0 (t = 0) and chi = reps[t - 1]
        double[][] mod = new double[r + 1][q];
        for (int t = 0; t <= r; t++) {
            int chi = t == 0 ? 0 : reps.get(t - 1);
            for (int j = 0; j < q; j++) {
                mod[t][j] = Math.hypot(z.re(Part.A, chi, j), z.im(Part.A, chi, j));
            }
        }
        List<Integer> orders = new ArrayList<>(r);
        List<Integer> characterOrders = new ArrayList<>(r);
        for (int t = 1; t <= r; t++) {
            int c = 0;
            for (int j = 0; j < q; j++) {
                if (mod[t][j] > options.activity()) {
                    c++;
                }
            }
            orders.add(c);
            characterOrders.add(ch.order(reps.get(t - 1)));
        }
        List<Integer> best = new ArrayList<>(q);
        List<List<Integer>> members = new ArrayList<>();
        for (int t = 0; t <= r; t++) {
            members.add(new ArrayList<>());
        }
        for (int j = 0; j < q; j++) {
            int arg = 0;
            for (int t = 1; t <= r; t++) {
                if (mod[t][j] > mod[arg][j]) {
                    arg = t;
                }
            }
            if (mod[arg][j] > options.activity()) {
                best.add(arg == 0 ? 0 : reps.get(arg - 1));
                members.get(arg).add(j);
            } else {
                best.add(-1);
            }
        }
        List<GroupAnalysis> groups = new ArrayList<>(r);
        for (int t = 1; t <= r; t++) {
            groups.add(analyseGroup(z, reps.get(t - 1), members.get(t), options));
        }
        return new AbelianAnalysis(
                z.group().name(),
                z.size(),
                q,
                reps,
                characterOrders,
                orders,
                best,
                groups,
                members.get(0).size(),
                RunStatistics.of(r, groups),
                options);
    }

    private static GroupAnalysis analyseGroup(
            GroupNet z, int chi, List<Integer> nodes, AnalysisOptions options) {
        int size = nodes.size();
        if (size != 4 && size != 6) {
            return new GroupAnalysis(chi, nodes, Optional.empty(), SolutionKind.NOT_4_6);
        }
        Complex[][] f = new Complex[3][size];
        Part[] parts = {Part.A, Part.B, Part.C};
        int[] idx = nodes.stream().mapToInt(Integer::intValue).toArray();
        for (int p = 0; p < 3; p++) {
            for (int i = 0; i < size; i++) {
                f[p][i] = z.coefficient(parts[p], chi, idx[i]);
            }
        }
        Factorisation fac = Factoriser.factorise(f, idx, options);
        return new GroupAnalysis(chi, nodes, Optional.of(fac), NetAnalysis.kindOf(fac));
    }

    /**
     * The group of a representative.
     *
     * @param chi a character index in {@link #characters()}
     * @return G_χ's analysis
     * @throws IllegalArgumentException if χ is not an analysed representative
     */
    public GroupAnalysis group(int chi) {
        int t = characters.indexOf(chi);
        if (t < 0) {
            throw new IllegalArgumentException(
                    "character ("
                            + chi
                            + ") is not one of the analysed representatives "
                            + characters);
        }
        return groups.get(t);
    }

    /**
     * The number of active (kept) nodes, including those at the trivial character.
     *
     * @return #{j : best_j ≥ 0}
     */
    public int activeNodes() {
        return (int) bestCharacter.stream().filter(b -> b >= 0).count();
    }
}
