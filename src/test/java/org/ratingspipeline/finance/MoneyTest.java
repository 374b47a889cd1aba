package org.ratingspipeline.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ratingspipeline.finance.Money.Unit;

class MoneyTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "12,345,678;12345678", "£12,345,678;12345678", "12345678.00;12345678", "12345678;12345678",
                    "£12.3m;12300000",
            "12.3M;12300000", "£12.3 million;12300000", "£1.2bn;1200000000", "£500k;500000", "-1,234;-1234", "£-1,"
                    + "234;-1234",
            "-£1,234;-1234", "(1,234);-1234", "\u22121234;-1234", "0;0", " 1 234 ;1234", "0.5;0.5", ".5;0.5"})
    void readsPoundsInTheFormsFilesWriteThem(String text, String pounds) {
        assertThat(Money.parse(text, Unit.POUNDS)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(pounds));
    }

    @Test
    void aPlainNumberIsInThousandsOrMillionsOnlyWhenTheHeaderSaysSo() {
        assertThat(Money.parse("12,345", Unit.THOUSANDS))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12345000"));
        assertThat(Money.parse("12.3", Unit.MILLIONS))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12300000"));
        assertThat(Money.parse("12,345", Unit.POUNDS))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12345"));
        // A suffix in the cell says what it means, whatever the header.
        assertThat(Money.parse("£12.3m", Unit.THOUSANDS))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12300000"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Budget (£000);THOUSANDS", "budget_gbp_000;THOUSANDS", "Outturn (£ "
            + "thousands);THOUSANDS",
            "Budget (£k);THOUSANDS", "Budget (£m);MILLIONS", "Outturn (£ million);MILLIONS", "budget_gbp;POUNDS",
                    "Budget;POUNDS",
            "Planned expenditure (£);POUNDS"})
    void theUnitComesFromTheHeader(String header, Unit unit) {
        assertThat(Unit.ofHeader(header)).isEqualTo(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,34", "1,2345", "12.3.4", "twelve", "£", "12x", "--5", "1e6", "£12.3q"})
    void whatIsNotMoneyIsNotRead(String text) {
        assertThat(Money.parse(text, Unit.POUNDS)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "..", "...", ":", "x", "[x]", "[c]", "NA", "n/a", "NaN", "null"})
    void markersOfAMissingFigureAreNotGivenRatherThanUnreadable(String text) {
        assertThat(Money.notGiven(text)).isTrue();
    }

    @Test
    void aFigureIsNotAMissingMarker() {
        assertThat(Money.notGiven("0")).isFalse();
        assertThat(Money.notGiven("-")).isFalse();
        assertThat(Money.parse("1.005", Unit.POUNDS)).contains(new BigDecimal("1.01"));
    }

    @Test
    void aFortyDigitAmountParsesButIsNotStorable() {
        assertThat(storable("1234567890123456789012345678901234567890", Unit.POUNDS)).isFalse();
        assertThat(storable("999,999,999,999,999.99", Unit.POUNDS)).isTrue();
        assertThat(storable("1,000,000,000,000", Unit.THOUSANDS)).isFalse();
        assertThat(storable("(78,539,000)", Unit.POUNDS)).isTrue();
    }

    private static boolean storable(String text, Unit unit) {
        return Money.storable(Money.parse(text, unit).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "nan", " null "})
    void aMissingFigureAsSoftwareWritesItIsToldApartFromStatisticalShorthand(String text) {
        assertThat(Money.notGiven(text)).isTrue();
        assertThat(Money.softwareBlank(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "[x]", "", "0"})
    void statisticalShorthandAndFiguresAreNotSoftwareBlanks(String text) {
        assertThat(Money.softwareBlank(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Infinity", "-Infinity", "inf", "1e400"})
    void infinityIsNotMoney(String text) {
        assertThat(Money.parse(text, Unit.POUNDS)).isEmpty();
    }
}
