package org.ratingspipeline.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.BoundaryChanges;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.statistics.AuthorityJudgement;

/**
 * Neighbours an older model lists that were abolished since (Northamptonshire, Cumbria, Bournemouth,
 * Poole, the county of Dorset), against DfE's real register: each is counted as its successors,
 * named in its cell, never dropped.
 */
class NeighbourResolverTest {

    private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 31);
    private final AuthorityRegister register = new AuthorityRegister();
    private final NeighbourResolver resolver = new NeighbourResolver(register, new BoundaryChanges(register));

    @Test
    void anAbolishedNeighbourIsCountedAsTheAuthoritiesThatReplacedIt() {
        Neighbour northamptonshire = resolver.resolve("928", MARCH_2025);
        assertThat(northamptonshire.standing()).isEqualTo(Neighbour.Standing.REPLACED);
        assertThat(codes(northamptonshire)).containsExactly("940", "941");
        assertThat(northamptonshire.label())
                .isEqualTo("Northamptonshire (928), replaced on 1 April 2021 by North "
                        + "Northamptonshire and West Northamptonshire");
        assertThat(codes(resolver.resolve("909", MARCH_2025))).containsExactly("942", "943");
        assertThat(codes(resolver.resolve("835", MARCH_2025))).containsExactly("838", "839");
        assertThat(codes(resolver.resolve("836", MARCH_2025))).containsExactly("839");
        assertThat(resolver.resolve("837", MARCH_2025).label())
                .isEqualTo("Bournemouth (837), replaced on 1 April 2019 by " + "Bournemouth, Christchurch and Poole");
    }

    @Test
    void aNeighbourAtItsOwnDateIsItselfAndAnUnknownCodeIsListedAsNotCounted() {
        assertThat(resolver.resolve("928", LocalDate.of(2021, 3, 31)).standing())
                .isEqualTo(Neighbour.Standing.CURRENT);
        Neighbour north = resolver.resolve("940", LocalDate.of(2020, 3, 31));
        assertThat(north.standing()).isEqualTo(Neighbour.Standing.NOT_YET_CREATED);
        assertThat(codes(north)).containsExactly("928");
        Neighbour unknown = resolver.resolve("999", MARCH_2025);
        assertThat(unknown.standing()).isEqualTo(Neighbour.Standing.GONE);
        assertThat(unknown.label())
                .isEqualTo("Old LA code 999, not in the register on the reporting date and not counted");
    }

    /** Bournemouth and Poole both stand for BCP: it counts once; Dorset is not its own neighbour via Dorset county. */
    @Test
    void anAuthorityStandingForTwoNeighboursCountsOnceAndNeverForItself() {
        Map<String, AuthorityJudgement> byOldCode = new HashMap<>();
        register.existingOn(MARCH_2025)
                .forEach(a -> byOldCode.put(a.oldCode(), new AuthorityJudgement(a, null, Optional.empty())));
        List<Neighbour> listed = List.of("837", "836", "835", "928").stream()
                .map(c -> resolver.resolve(c, MARCH_2025))
                .toList();
        NeighbourComparison dorset = NeighbourComparison.of(byOldCode.get("838"), Optional.of(listed), byOldCode);
        assertThat(dorset.counted()).extracting(a -> a.authority().oldCode()).containsExactly("839", "940", "941");
        assertThat(dorset.shares().notYetInspected()).isEqualTo(3);
    }

    private static List<String> codes(Neighbour n) {
        return n.standIns().stream().map(LocalAuthority::oldCode).toList();
    }
}
