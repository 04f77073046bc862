package org.hillmix.core.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    static List<CsvRecord> readAll(String text) throws IOException {
        List<CsvRecord> out = new ArrayList<>();
        try (CsvReader r = new CsvReader(new StringReader(text), "t.csv")) {
            for (CsvRecord rec = r.next(); rec != null; rec = r.next()) {
                out.add(rec);
            }
        }
        return out;
    }

    @Test
    void quotedFieldsWithCommasQuotesAndNewlines() throws IOException {
        String text = "a,b,c\n"
                + "1,\"x, y\",\"say \"\"hi\"\"\"\n"
                + "2,\"two\nlines\",\n"
                + "3,,\"{\"\"k\"\":\"\"v\"\"}\"\n";
        List<CsvRecord> recs = readAll(text);
        assertEquals(4, recs.size());
        assertEquals(List.of("1", "x, y", "say \"hi\""), recs.get(1).fields());
        assertEquals(List.of("2", "two\nlines", ""), recs.get(2).fields());
        assertEquals(List.of("3", "", "{\"k\":\"v\"}"), recs.get(3).fields());
        // record 3 starts on line 3, record 4 on line 5 because record 3 spans two lines
        assertEquals(3, recs.get(2).line());
        assertEquals(5, recs.get(3).line());
    }

    @Test
    void crlfBomBlankLinesAndMissingFinalNewline() throws IOException {
        List<CsvRecord> recs = readAll("\uFEFFa,b\r\n1,2\r\n\r\n3,\"4\"");
        assertEquals(3, recs.size());
        assertEquals(List.of("a", "b"), recs.get(0).fields());
        assertEquals(List.of("1", "2"), recs.get(1).fields());
        assertEquals(List.of("3", "4"), recs.get(2).fields());
        assertEquals(4, recs.get(2).line());
        assertEquals(List.of(List.of("")), readAll("\"\"\n").stream().map(CsvRecord::fields).toList(),
                "an explicitly quoted empty field is a record, not a blank line");
        assertTrue(readAll("").isEmpty());
    }

    @Test
    void errorsNameLineAndColumn() {
        CsvFormatException open = assertThrows(CsvFormatException.class, () -> readAll("a,b\n1,\"never closed\n2,3\n"));
        assertEquals(2, open.line());
        assertEquals(3, open.column());
        assertTrue(open.getMessage().startsWith("t.csv line 2, column 3: quoted field is never closed"),
                open.getMessage());
        CsvFormatException after = assertThrows(CsvFormatException.class, () -> readAll("a,b\n1,\"x\"y\n"));
        assertEquals(2, after.line());
        assertEquals(6, after.column());
        CsvFormatException inner = assertThrows(CsvFormatException.class, () -> readAll("a,b\n\nxy,ab\"c\n"));
        assertEquals(3, inner.line());
        assertEquals(6, inner.column());
        assertTrue(inner.getMessage().contains("double quote inside an unquoted field"));
    }

    @Test
    void tableChecksHeaderAndFieldCounts() throws IOException {
        try (CsvTable t = CsvTable.of(new CsvReader(new StringReader("id,name\n1,a\n2\n"), "t.csv"))) {
            CsvFormatException missing = assertThrows(CsvFormatException.class, () -> t.requireColumns("id", "x"));
            assertTrue(missing.getMessage().contains("missing column 'x'"), missing.getMessage());
            CsvTable.Row r = t.next();
            assertEquals("a", r.get("name"));
            assertEquals("", r.get("nope"));
            assertEquals("t.csv line 2, column 'name' (field 2)", r.where("name"));
            CsvFormatException count = assertThrows(CsvFormatException.class, t::next);
            assertTrue(count.getMessage().startsWith("t.csv line 3, column 1: row has 1 fields but the header has 2"),
                    count.getMessage());
        }
    }

    @Test
    void writerRoundTrips() throws IOException {
        List<String> row = List.of("plain", "a,b", "say \"x\"", "two\nlines", " padded", "");
        StringWriter sw = new StringWriter();
        new CsvWriter(sw).writeRow(row);
        assertEquals("plain,\"a,b\",\"say \"\"x\"\"\",\"two\nlines\",\" padded\",\n", sw.toString());
        List<CsvRecord> back = readAll(sw.toString());
        assertEquals(row, back.get(0).fields());
        try (CsvReader r = new CsvReader(new StringReader(sw.toString()), "t.csv")) {
            r.next();
            assertNull(r.next());
        }
    }
}
