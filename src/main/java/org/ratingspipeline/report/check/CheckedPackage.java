package org.ratingspipeline.report.check;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A written workbook opened for the checks with its worksheets' cells read apart. POI opens a copy of the file, in
 * memory, whose worksheet parts have no cells ({@link WorksheetXml#withoutCells}), while the cells are read off the
 * file's own parts with StAX on the other cores ({@link WorksheetXml#cells}). Every other part, and each worksheet's
 * rows, columns, tables, links and settings, reach the checks through POI as before. A file whose cells are not all
 * plain throws {@link NotPlain}, and the caller opens it the old way.
 */
final class CheckedPackage {

    /** Where our writer, and Excel, put the worksheets; a sheet elsewhere keeps its cells and POI reads them. */
    private static final Pattern WORKSHEET = Pattern.compile("xl/worksheets/[^/]+\\.xml");

    /** The most a file's parts may hold, unzipped, to be opened this way. */
    private static final long IN_MEMORY = 64L << 20;

    private CheckedPackage() {
    }

    /**
     * The workbook and the cells of its worksheets by part name, for {@link CheckedWorkbook}; the caller reverts
     * {@code pkg} when the checks are done.
     */
    record Opened(OPCPackage pkg, XSSFWorkbook workbook, Map<String, List<PlainCell>> plainCells) {
    }

    static Opened open(Path xlsx) {
        Map<String, byte[]> parts;
        try {
            parts = parts(xlsx);
        } catch (IOException | RuntimeException e) {
            throw e instanceof NotPlain notPlain ? notPlain : new NotPlain("not read as a zip: " + e);
        }
        List<String> worksheets = parts.keySet().stream().filter(n -> WORKSHEET.matcher(n).matches()).toList();
        CompletableFuture<List<List<PlainCell>>> reading = CompletableFuture.supplyAsync(() ->
                worksheets.parallelStream().map(name -> WorksheetXml.cells(parts.get(name))).toList());
        Map<String, Integer> cut = new HashMap<>();
        OPCPackage pkg = null;
        try {
            Map<String, byte[]> opened = new LinkedHashMap<>(parts);
            for (String name : worksheets) {
                WorksheetXml.Cut without = WorksheetXml.withoutCells(parts.get(name));
                opened.put(name, without.xml());
                cut.put(name, without.cells());
            }
            pkg = OPCPackage.open(new ByteArrayInputStream(stored(opened)));
            XSSFWorkbook workbook = new XSSFWorkbook(pkg);
            List<List<PlainCell>> cells = reading.join();
            Map<String, List<PlainCell>> plainCells = new HashMap<>();
            for (int i = 0; i < worksheets.size(); i++) {
                String name = worksheets.get(i);
                if (cells.get(i).size() != cut.get(name)) {
                    throw new NotPlain(name + ": " + cut.get(name) + " cells cut, " + cells.get(i).size() + " read");
                }
                plainCells.put("/" + name, cells.get(i));
            }
            return new Opened(pkg, workbook, plainCells);
        } catch (Exception e) {
            reading.cancel(false);
            if (pkg != null) {
                pkg.revert();
            }
            Throwable cause = e instanceof CompletionException ? e.getCause() : e;
            throw cause instanceof NotPlain notPlain ? notPlain : new NotPlain("not opened this way: " + cause);
        }
    }

    /**
     * Every entry of the file, in its order, read whole: a report is a few megabytes (4 MB of XML on a million rows).
     * A larger file is not copied into memory but opened by POI, whose guards against a zip bomb then apply.
     */
    private static Map<String, byte[]> parts(Path xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        long total = 0;
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] data = in.readNBytes((int) (IN_MEMORY - total) + 1);
                    total += data.length;
                    if (total > IN_MEMORY) {
                        throw new NotPlain("more than " + IN_MEMORY + " bytes of XML");
                    }
                    parts.put(entry.getName(), data);
                }
            }
        }
        return parts;
    }

    /** The parts zipped again, stored rather than deflated: POI only reads them back, in memory. */
    private static byte[] stored(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(parts.values().stream().mapToInt(b -> b.length + 100)
                .sum());
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setMethod(ZipOutputStream.STORED);
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                byte[] data = part.getValue();
                ZipEntry entry = new ZipEntry(part.getKey());
                CRC32 crc = new CRC32();
                crc.update(data);
                entry.setSize(data.length);
                entry.setCompressedSize(data.length);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
