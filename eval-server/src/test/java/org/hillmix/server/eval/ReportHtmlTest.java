package org.hillmix.server.eval;

import org.hillmix.core.evaluation.EvaluationReport;

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

class ReportHtmlTest {

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

    /** Checks the structure every report page must have; shared with the end-to-end test. */
    static void assertWellFormedReport(String html, EvaluationReport report) throws Exception {
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

    @Test
    void highlightsTheBestRegimePerColumn() throws Exception {
        Document doc = parse(ReportHtml.render(ReportFixtures.sample("a", "b")));
        Element summary = byId(doc, "section", "summary");
        // Regime b has the higher accuracy and lower NLL; ECE ties so both are best.
        List<Element> best = new ArrayList<>();
        NodeList cells = summary.getElementsByTagName("td");
        for (int i = 0; i < cells.getLength(); i++) {
            if ("best".equals(((Element) cells.item(i)).getAttribute("class"))) {
                best.add((Element) cells.item(i));
            }
        }
        assertEquals(4, best.size());
    }

    @Test
    void colourScaleRunsFromRedToGreen() {
        assertEquals("#c0392b", ReportHtml.correctnessColour(0));
        assertEquals("#e0a800", ReportHtml.correctnessColour(0.5));
        assertEquals("#1f7a3a", ReportHtml.correctnessColour(1));
    }
}
