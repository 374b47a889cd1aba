package org.ratingspipeline.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialYearTest {

    @ParameterizedTest
    @ValueSource(strings = {"2016-17", "2016 to 2017", "201617", " 2016/17 ", "2016-2017", "2016\u201317", "FY2016-17",
            "2016 TO 2017"})
    void readsEveryFormTheContractAllows(String text) {
        assertThat(FinancialYear.parse(text)).contains(new FinancialYear(2016));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016", "2016-18", "2016 to 2016", "201618", "16-17", "2016-17-18", "last year", "",
            "1899-00"})
    void rejectsWhatIsNotOneFinancialYear(String text) {
        assertThat(FinancialYear.parse(text)).isEmpty();
    }

    @Test
    void theCenturyTurnsInsideAYear() {
        assertThat(FinancialYear.parse("1999-00")).contains(new FinancialYear(1999));
        assertThat(FinancialYear.parse("199900")).contains(new FinancialYear(1999));
    }

    @Test
    void runsFromTheFirstOfAprilToTheThirtyFirstOfMarchAndIsWrittenOutInFull() {
        FinancialYear y = new FinancialYear(2023);
        assertThat(y.start()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(y.end()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(y.label()).isEqualTo("2023 to 2024");
        assertThat(new FinancialYear(2021)).isLessThan(y);
    }
}
