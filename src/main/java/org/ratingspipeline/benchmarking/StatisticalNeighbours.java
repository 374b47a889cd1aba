package org.ratingspipeline.benchmarking;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * DfE's children's services statistical neighbours: for each authority (old LA code), the ten
 * authorities most like it, closest first, as {@code authority/statistical-neighbours.csv} lists
 * them. The list is kept as given, codes of authorities since abolished included: whoever reads it
 * decides what such a neighbour stands for on a date ({@link NeighbourResolver}).
 */
@Component
public class StatisticalNeighbours {

    static final String RESOURCE = "authority/statistical-neighbours.csv";

    private final Map<String, List<String>> byOldCode;

    public StatisticalNeighbours() {
        this(read(RESOURCE));
    }

    StatisticalNeighbours(Map<String, List<String>> byOldCode) {
        this.byOldCode = Map.copyOf(byOldCode);
    }

    /** The authority's neighbours' old LA codes, closest first; empty when the model has no row for it. */
    public Optional<List<String>> of(String oldCode) {
        return Optional.ofNullable(byOldCode.get(oldCode));
    }

    private static Map<String, List<String>> read(String resource) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        try (CSVReader csv = new CSVReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            List<String[]> rows = csv.readAll();
            for (String[] row : rows.subList(1, rows.size())) {
                List<String> codes = Arrays.stream(row[1].split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
                if (result.put(row[0].replace("\uFEFF", "").strip(), codes) != null) {
                    throw new IllegalStateException(resource + " lists old LA code " + row[0] + " twice");
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (CsvException e) {
            throw new IllegalStateException("cannot parse " + resource, e);
        }
    }
}
