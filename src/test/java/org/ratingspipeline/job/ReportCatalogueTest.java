package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.report.ReportSection;

/** A section bean the catalogue does not list, or lists twice, stops the application rather than the workbook. */
class ReportCatalogueTest {

    private final ReportSection first = (run, notes) -> List.of();
    private final ReportSection second = (run, notes) -> List.of();

    @Test
    void theCatalogueListsEveryBeanOnceInItsOwnOrder() {
        assertThat(ReportCatalogue.everyBean(List.of(second, first), List.of(first, second), "report section"))
                .containsExactly(second, first);
        assertThatThrownBy(() -> ReportCatalogue.everyBean(List.of(first), List.of(first, second), "report section"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not listed: [" + second.getClass()
                        .getName() + "]");
        assertThatThrownBy(() -> ReportCatalogue.everyBean(List.of(first, second, first), List.of(first, second),
                "report section")).isInstanceOf(IllegalStateException.class).hasMessageContaining("once");
    }
}
