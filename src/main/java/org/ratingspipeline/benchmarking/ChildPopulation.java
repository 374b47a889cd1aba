package org.ratingspipeline.benchmarking;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * ONS mid-year estimates of the children aged 0 to 17 in each authority, 2012 to 2024, as DfE
 * republishes them ({@code benchmarking/child-population-0-17-2012-2024.csv}). Only the authority
 * rows are kept: regional and national figures are sums over the authorities that have spend, so
 * that a region's spend per child divides its authorities' spend by those same authorities' children.
 * ONS gives no estimate ({@code x}) for Bournemouth, Poole and the old Dorset before 2019.
 */
@Component
public class ChildPopulation {

    static final String RESOURCE = "benchmarking/child-population-0-17-2012-2024.csv";

    private record Key(String oldCode, int year) {}

    private final Map<Key, Long> children;

    public ChildPopulation() {
        this(read());
    }

    ChildPopulation(Map<Key, Long> children) {
        this.children = Map.copyOf(children);
    }

    /** The estimate for the authority (old LA code) at mid-year; empty where ONS gives none. */
    public Optional<Long> children(String oldCode, int year) {
        return Optional.ofNullable(children.get(new Key(oldCode, year)));
    }

    private static Map<Key, Long> read() {
        Map<Key, Long> result = new HashMap<>();
        try (CSVReader csv = new CSVReader(
                new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            List<String[]> rows = csv.readAll();
            List<String> header = List.of(rows.get(0)).stream()
                    .map(h -> h.replace("\uFEFF", "").strip())
                    .toList();
            int level = header.indexOf("geographic_level");
            int year = header.indexOf("time_period");
            int code = header.indexOf("old_la_code");
            int value = header.indexOf("population_estimate");
            for (String[] row : rows.subList(1, rows.size())) {
                if (row[level].equals("Local authority") && row[value].matches("\\d+")) {
                    result.put(
                            new Key(row[code].strip(), Integer.parseInt(row[year].strip())),
                            Long.parseLong(row[value]));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        } catch (CsvException e) {
            throw new IllegalStateException("cannot parse " + RESOURCE, e);
        }
    }
}
