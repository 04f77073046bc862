package org.hillmix.server.eval.report;

import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.MetricCatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

public class ReportHtmlTest {

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> byClass(Document doc, String tag, String cls) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cls.equals(e.getAttribute("class"))) {
                out.add(e);
            }
        }
        return out;
    }

    static Element byId(Document doc, String tag, String id) {
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }

    /**
     * Checks the structure every report page must have; shared with the end-to-end test.
     *
     * @param html the rendered page
     * @param report the report it renders
     * @throws Exception when the page is not well-formed XML
     */
    public static void assertWellFormedReport(String html, EvaluationReport report) throws Exception {
        Document doc = parse(html);
        assertEquals("html", doc.getDocumentElement().getTagName());
        int regimes = report.regimes().size();
        assertEquals(regimes, byClass(doc, "svg", "reliability").size(), "one reliability diagram per regime");
        long maps = report.regimes().stream().filter(r -> r.dataMap() != null).count();
        assertEquals(maps, byClass(doc, "svg", "datamap").size(), "one data map per regime with cartography");
        // The comparison table: a header row plus one row per regime.
        Element summary = byId(doc, "section", "summary");
        assertNotNull(summary);
        assertEquals(regimes + 1, summary.getElementsByTagName("tr").getLength());
        assertNotNull(byId(doc, "section", "model-card"));
        // Standalone: no scripts, external style sheets or sources.
        assertEquals(0, doc.getElementsByTagName("script").getLength());
        assertEquals(0, doc.getElementsByTagName("link").getLength());
        assertFalse(html.contains(" src=") || html.contains(" href="), "no src/href attributes");
        // URLs only in the references' text.
        int refStart = html.indexOf("<section id=\"references\">");
        String outside = refStart < 0 ? html : html.substring(0, refStart) + html.substring(html.indexOf("</section>", refStart));
        assertFalse(outside.contains("http://") || outside.contains("https://"), "a URL outside the references");
    }

    @Test
    void rendersWellFormedStandalonePage() throws Exception {
        EvaluationReport report = ReportFixtures.sample("hard", "human-soft", "mixup <alpha & beta>");
        String html = ReportHtml.render(report);
        assertWellFormedReport(html, report);
        Document doc = parse(html);
        assertEquals(1, byClass(doc, "svg", "perception").size());
        assertTrue(doc.getElementsByTagName("title").item(0).getTextContent().contains("demo & <test>"), "escaped title");
    }

    @Test
    void citesTheStudiesWhoseDataWasUsed() throws Exception {
        String html = ReportHtml.render(ReportFixtures.sample("hard"));
        Element refs = byId(parse(html), "section", "references");
        assertNotNull(refs);
        String text = refs.getTextContent();
        assertTrue(text.contains("Human-in-the-Loop Mixup") && text.contains("UAI"), text);
        assertTrue(text.contains("Soft Labels from Every Annotator") && text.contains("HCOMP"), text);
        assertTrue(text.contains("Peterson") && text.contains("ICCV"), text);
    }

    @Test
    void reliabilityBarsFollowTheBins() throws Exception {
        Document doc = parse(ReportHtml.render(ReportFixtures.sample("hard")));
        Element svg = byClass(doc, "svg", "reliability").get(0);
        // Two non-empty bins, each drawn as an accuracy bar and a gap bar; the empty bin is skipped.
        assertEquals(4, svg.getElementsByTagName("rect").getLength());
        Element datamap = byClass(doc, "svg", "datamap").get(0);
        assertEquals(3, datamap.getElementsByTagName("circle").getLength());
    }

    /** The cells of {@code section} whose class is {@code cls}. */
    private static List<Element> cells(Document doc, String section, String cls) {
        Element sec = byId(doc, "section", section);
        assertNotNull(sec, section);
        List<Element> out = new ArrayList<>();
        NodeList cells = sec.getElementsByTagName("td");
        for (int i = 0; i < cells.getLength(); i++) {
            if (cls.equals(((Element) cells.item(i)).getAttribute("class"))) {
                out.add((Element) cells.item(i));
            }
        }
        return out;
    }

    @Test
    void highlightsARegimeOnlyWhereItsPairedComparisonIsSeparated() throws Exception {
        // b has the higher accuracy and lower NLL than a in the table (the old "best per column" would mark both);
        // only accuracy is separated (interval above 0), NLL's interval holds 0, ECE is separated but worse
        EvaluationReport r = ReportFixtures.withComparisons(ReportFixtures.sample("a", "b"), List.of(
                new EvaluationReport.Comparison("b", "a", MetricCatalog.ACCURACY, 0.01, new double[] {0.002, 0.018}, true),
                new EvaluationReport.Comparison("b", "a", MetricCatalog.NLL, -0.02, new double[] {-0.05, 0.01}, false),
                new EvaluationReport.Comparison("b", "a", MetricCatalog.ECE, 0.004, new double[] {0.001, 0.007}, true)));
        Document doc = parse(ReportHtml.render(r));
        List<Element> better = cells(doc, "summary", "better");
        assertEquals(1, better.size());
        assertTrue(better.get(0).getTextContent().startsWith("0.81"), better.get(0).getTextContent());
        List<Element> worse = cells(doc, "summary", "worse");
        assertEquals(1, worse.size());
        assertTrue(worse.get(0).getTextContent().startsWith("0.05"), worse.get(0).getTextContent());
        assertTrue(byId(doc, "section", "summary").getTextContent().contains("a (reference)"));

        assertEquals("+0.0100 [+0.0020, +0.0180]better", cells(doc, "comparisons", "better").get(0).getTextContent());
        List<Element> none = cells(doc, "comparisons", "nosep");
        assertEquals(1, none.size());
        assertEquals("-0.0200 [-0.0500, +0.0100]no separation", none.get(0).getTextContent());
        assertEquals(1, cells(doc, "comparisons", "worse").size());
    }

    @Test
    void saysNoSeparationWhenNothingIsSeparated() throws Exception {
        EvaluationReport r = ReportFixtures.withComparisons(ReportFixtures.sample("a", "b", "c"), List.of(
                new EvaluationReport.Comparison("b", "a", MetricCatalog.ACCURACY, 0.01, new double[] {-0.01, 0.03}, false),
                new EvaluationReport.Comparison("c", "a", MetricCatalog.ACCURACY, 0.02, new double[] {-0.001, 0.04}, false),
                new EvaluationReport.Comparison("c", "a", MetricCatalog.NLL, 0.0, null, false)));
        Document doc = parse(ReportHtml.render(r));
        assertEquals(0, cells(doc, "summary", "better").size() + cells(doc, "summary", "worse").size());
        List<Element> none = cells(doc, "comparisons", "nosep");
        assertEquals(3, none.size());
        for (Element e : none) {
            assertTrue(e.getTextContent().endsWith("no separation"), e.getTextContent());
        }
        // two rows (b and c), not the reference
        assertEquals(3, byId(doc, "section", "comparisons").getElementsByTagName("tr").getLength());
    }

    @Test
    void aSingleRegimeHasNothingToCompare() throws Exception {
        Document doc = parse(ReportHtml.render(ReportFixtures.sample("a")));
        assertTrue(byId(doc, "section", "comparisons").getTextContent().contains("No comparisons"));
        assertEquals(0, cells(doc, "summary", "better").size());
    }

    @Test
    void colourScaleRunsFromRedToGreen() {
        assertEquals("#c0392b", ReportHtml.correctnessColour(0));
        assertEquals("#e0a800", ReportHtml.correctnessColour(0.5));
        assertEquals("#1f7a3a", ReportHtml.correctnessColour(1));
    }
}
