package org.ratingspipeline.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ratingspipeline.authority.AuthorityRegister.Identifier;

/** Against the real DfE register shipped in src/main/resources. */
class AuthorityRegisterTest {

    private final AuthorityRegister register = new AuthorityRegister();
    private static final LocalDate D2024 = LocalDate.of(2024, 6, 1);

    private Resolution resolve(String oldCode, String newCode, String name, LocalDate date) {
        return register.resolve(Identifier.of("la_code", oldCode), Identifier.of("new_la_code", newCode),
                Identifier.of("la_name", name), date);
    }

    private LocalAuthority resolved(Resolution r) {
        assertThat(r).isInstanceOf(Resolution.Resolved.class);
        return ((Resolution.Resolved) r).authority();
    }

    @ParameterizedTest
    @CsvSource({"Bristol,801", "'Bristol, City of',801", "City of Bristol,801", "St. Helens,342", "St Helens,342",
            "Kingston Upon Hull,810", "Hull,810", "'Kingston upon Hull, City of',810", "London Corporation,201",
            "City of London,201", "Windsor & Maidenhead,868", "Telford & Wrekin,894", "Southend-On-Sea,882",
            "'Bournemouth, Christchurch & Poole',839", "Herefordshire,884", "Brighton And Hove,846", "Durham,840"})
    void resolvesNamesAsDfeOfstedAndThePressWriteThem(String name, String oldCode) {
        LocalAuthority a = resolved(resolve(null, null, name, D2024));
        assertThat(a.oldCode()).isEqualTo(oldCode);
        assertThat(((Resolution.Resolved) resolve(null, null, name, D2024)).warnings()).isEmpty();
    }

    /** Abolished authorities stay known (a model may still list them as neighbours); a code never used is not. */
    @ParameterizedTest
    @CsvSource({"928,true", "909,true", "940,true", "306,true", "999,false", "'',false", "E10000021,false"})
    void knowsEveryOldCodeTheRegisterHasEverHeld(String oldCode, boolean known) {
        assertThat(register.hasOldCode(oldCode)).isEqualTo(known);
    }

    @Test
    void resolvesByEitherCode() {
        assertThat(resolved(resolve("306", null, null, D2024)).name()).isEqualTo("Croydon");
        assertThat(resolved(resolve(null, "E09000008", null, D2024)).oldCode()).isEqualTo("306");
    }

    @Test
    void anOnsCodeOfAnAuthorityAbolishedBeforeTheDateLosesToTheOldCodeAndNameWithAWarning() {
        Resolution r = resolve("942", "E10000006", "Cumberland", LocalDate.of(2024, 11, 26));
        LocalAuthority a = resolved(r);
        assertThat(a.newCode()).isEqualTo("E06000063");
        assertThat(((Resolution.Resolved) r).warnings()).singleElement()
                .satisfies(w ->
                assertThat(w.reason()).contains("Cumbria").contains("31 March 2023").contains("Cumberland"));
    }

    @Test
    void theSameAuthorityUnderItsNewCodeKeepsItsOldLaCode() {
        LocalAuthority bucks = resolved(resolve("825", "E10000002", "Buckinghamshire", LocalDate.of(2022, 2, 11)));
        assertThat(bucks.newCode()).isEqualTo("E06000060");
        assertThat(resolved(resolve("370", "E08000016", "Barnsley", LocalDate.of(2023, 10, 27))).newCode())
                .isEqualTo("E08000016");
        assertThat(resolved(resolve("370", null, null, LocalDate.of(2025, 6, 1))).newCode()).isEqualTo("E08000038");
    }

    @Test
    void aNameSharedByACountyAndItsSuccessorMeansTheOneExistingOnTheDate() {
        assertThat(resolved(resolve(null, null, "Dorset", LocalDate.of(2021, 11, 19))).oldCode()).isEqualTo("838");
        assertThat(resolved(resolve(null, null, "Dorset", LocalDate.of(2016, 1, 1))).oldCode()).isEqualTo("835");
    }

    @Test
    void anAmbiguousNameAgreesWithTheCodeThatPicksOneOfItsMeanings() {
        // In 2009 "Dorset" was the county (835); a row with the unitary's codes means the unitary, without a quarrel.
        Resolution r = resolve("838", "E06000059", "Dorset", LocalDate.of(2009, 6, 1));
        assertThat(resolved(r).oldCode()).isEqualTo("838");
        assertThat(((Resolution.Resolved) r).warnings()).isEmpty();
    }

    @Test
    void anAuthorityAbolishedBeforeTheDateCannotBeTheOneInspected() {
        Resolution r = resolve(null, "E10000006", null, LocalDate.of(2024, 1, 1));
        assertThat(r).isInstanceOf(Resolution.Unresolved.class);
        assertThat(((Resolution.Unresolved) r).problems().get(0).reason()).contains("Cumbria was abolished");
        assertThat(resolved(resolve("909", null, null, LocalDate.of(2022, 1, 1))).name()).isEqualTo("Cumbria");
    }

    @Test
    void unknownAndContradictoryIdentifiersAreRejected() {
        assertThat(resolve("999", "E06999999", "Atlantis", D2024)).isInstanceOf(Resolution.Unresolved.class);
        Resolution tie = resolve("306", "E09000006", null, D2024);
        assertThat(tie).isInstanceOf(Resolution.Unresolved.class);
        assertThat(((Resolution.Unresolved) tie).problems().get(0).reason()).contains("Croydon").contains("Bromley");
    }

    @Test
    void theMajorityWinsWhenOneIdentifierDisagrees() {
        Resolution r = resolve("306", "E09000008", "Bromley", D2024);
        assertThat(resolved(r).name()).isEqualTo("Croydon");
        assertThat(((Resolution.Resolved) r).warnings()).singleElement()
                .satisfies(w -> assertThat(w.column()).isEqualTo("la_name"));
    }

    @Test
    void knowsWhichAuthoritiesExistedOnADate() {
        assertThat(register.existingOn(LocalDate.of(2025, 3, 31))).hasSize(153);
        assertThat(register.existingOn(LocalDate.of(2018, 3, 31))).hasSize(152)
                .anyMatch(a -> a.name().equals("Cumbria")).noneMatch(a -> a.name().equals("Cumberland"));
        assertThat(register.englishRegions()).hasSize(9);
    }

    @Test
    void aKnownCodeBesideAnotherAuthoritysNameLoadsByTheCodeWithAWarningNamingBoth() {
        Resolution r = resolve("306", null, "Leeds", D2024);
        assertThat(resolved(r).name()).isEqualTo("Croydon");
        assertThat(((Resolution.Resolved) r).warnings()).singleElement().satisfies(w -> assertThat(w.reason())
                .isEqualTo("name Leeds is Leeds (old LA code 383), but the other identifiers name Croydon "
                        + "(old LA code 306); resolved to Croydon"));
        assertThat(resolved(resolve(null, "E09000008", "Leeds", D2024)).name()).isEqualTo("Croydon");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Leeds!!;!", "=Leeds;=", "Leeds <>;<>", "Leeds☃;☃", "*Leeds*;*"})
    void aNameThatMatchesOnlyOnceItsStraySymbolsAreIgnoredIsWarned(String name, String stray) {
        Resolution r = resolve("383", null, name, D2024);
        assertThat(resolved(r).name()).isEqualTo("Leeds");
        assertThat(((Resolution.Resolved) r).warnings()).singleElement().satisfies(w -> {
            assertThat(w.value()).isEqualTo(name);
            assertThat(w.reason()).isEqualTo("name '" + name + "' has characters no authority's name has (" + stray
                    + "); read as Leeds (old LA code 383)");
        });
    }
}
