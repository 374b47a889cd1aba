package org.ratingspipeline.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Against the real register: every listed change agrees with the dates the register gives each code. */
class BoundaryChangesTest {

    private final BoundaryChanges changes = new BoundaryChanges(new AuthorityRegister());

    @Test
    void namesTheSuccessorsOfTheAuthoritiesReplacedSince2019() {
        assertThat(changes.replacing("909")).extracting(c -> c.successor().name()).containsExactly("Cumberland",
                "Westmorland and Furness");
        assertThat(changes.replacing("909")).allSatisfy(c -> assertThat(c.date()).isEqualTo(LocalDate.of(2023, 4, 1)));
        assertThat(changes.replacing("928")).extracting(c -> c.successor().oldCode()).containsExactly("940", "941");
        assertThat(changes.replacing("837")).extracting(c -> c.successor().name()).containsExactly("Bournemouth, "
                + "Christchurch and Poole");
        assertThat(changes.replacing("836")).extracting(c -> c.successor().oldCode()).containsExactly("839");
    }

    @Test
    void anAuthorityThatOnlyChangedItsOnsCodeWasNotReplaced() {
        assertThat(changes.replacing("815")).isEmpty(); // North Yorkshire
        assertThat(changes.replacing("933")).isEmpty(); // Somerset
        assertThat(changes.replacing("306")).isEmpty();
    }
}
