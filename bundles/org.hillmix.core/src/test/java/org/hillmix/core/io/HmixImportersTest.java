package org.hillmix.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.AnswerFlag;
import org.hillmix.core.protocol.ConstructMidpointAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.core.protocol.SelectShuffledAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H-Mix importers on small files written here: skipping, parsing and error messages. */
class HmixImportersTest {

    @TempDir
    Path dir;

    private static final String INFER_HEADER = ",trial_type,subject,rt,responses,filename,task,mixtureCoeff,label1\n";

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void mixingFactorSkipsOtherTrialTypesAndCountsThem() throws IOException {
        Path f = write("infer.csv", INFER_HEADER
                + "0,instructions,s1,100.2,,,,,\n"
                + "1,multiple-slider,s1,1500.5,\"{\"\"mixingcoeff\"\":30,\"\"confidence\"\":\"\"80\"\"}\",m.png,rate_mixture,0.75,Cat\n"
                + "2,survey-text,s1,9,,,,,\n"
                + "3,instructions,s2,5,,,,,\n"
                + "4,multiple-slider,s2,,\"{\"\"confidence\"\":0,\"\"mixingcoeff\"\":100,\"\"extra\"\":1}\",m.png,rerun_rate_mixture,0.75,Cat\n");
        JudgmentImport imp = HmixMixingFactorImporter.read(f, ProgressMonitor.NULL);
        assertEquals(Map.of("instructions", 2, "survey-text", 1), imp.skippedByType());
        assertEquals(3, imp.skippedCount());
        assertEquals(List.of("s1", "s2"), List.copyOf(imp.annotators()));
        Judgment a = imp.judgments().get(0);
        assertEquals(new MixingFactorAnswer(30, 80), a.answer());
        assertEquals(1501, a.reactionTimeMs()); // 1500.5 rounds half up
        assertEquals("1", a.attribute(JsPsychAnswerCsv.INDEX_ATTRIBUTE));
        assertEquals("0.75", a.attribute("mixtureCoeff"));
        Judgment b = imp.judgments().get(1);
        assertEquals(new MixingFactorAnswer(100, 0), b.answer());
        assertEquals(-1, b.reactionTimeMs());
        assertTrue(b.repeat());
        assertEquals("infer.csv line 6", imp.entries().get(1).source());
        assertEquals(Map.of(AnswerFlag.CONFIDENCE_ZERO, 1), imp.flagCounts());
    }

    @Test
    void badJsonNamesFileLineAndColumn() throws IOException {
        Path f = write("bad.csv", INFER_HEADER
                + "0,multiple-slider,s1,10,\"{\"\"mixingcoeff\"\":30,\"\"confidence\"\":80}\",m.png,rate_mixture,0.5,Cat\n"
                + "1,multiple-slider,s1,10,\"{\"\"mixingcoeff\"\":30,\"\"confidence\"\"}\",m.png,rate_mixture,0.5,Cat\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HmixMixingFactorImporter.read(f, ProgressMonitor.NULL));
        assertTrue(e.getMessage().startsWith("bad.csv line 3, column 'responses' (field 5): not valid JSON at character"),
                e.getMessage());
    }

    @Test
    void missingKeyAndNonNumbersAreErrorsNamingTheKey() throws IOException {
        Path f = write("missing.csv", INFER_HEADER
                + "0,multiple-slider,s1,10,\"{\"\"mixingcoeff\"\":30}\",m.png,rate_mixture,0.5,Cat\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HmixMixingFactorImporter.read(f, ProgressMonitor.NULL));
        assertTrue(e.getMessage().startsWith("missing.csv line 2, column 'responses'"), e.getMessage());
        assertTrue(e.getMessage().contains("\"confidence\" is missing"), e.getMessage());

        Path g = write("text.csv", INFER_HEADER
                + "0,multiple-slider,s1,10,\"{\"\"mixingcoeff\"\":\"\"high\"\",\"\"confidence\"\":3}\",m.png,rate_mixture,0.5,Cat\n");
        e = assertThrows(IllegalArgumentException.class, () -> HmixMixingFactorImporter.read(g, ProgressMonitor.NULL));
        assertTrue(e.getMessage().contains("\"mixingcoeff\" is \"high\", not a finite number"), e.getMessage());

        Path h = write("lambda.csv", INFER_HEADER
                + "0,multiple-slider,s1,10,\"{\"\"mixingcoeff\"\":1,\"\"confidence\"\":3}\",m.png,rate_mixture,x,Cat\n");
        e = assertThrows(IllegalArgumentException.class, () -> HmixMixingFactorImporter.read(h, ProgressMonitor.NULL));
        assertTrue(e.getMessage().startsWith("lambda.csv line 2, column 'mixtureCoeff' (field 8): 'x' is not a finite"),
                e.getMessage());
    }

    @Test
    void missingColumnAndMissingParticipantAreReported() throws IOException {
        Path f = write("nocol.csv", ",trial_type,subject,rt,filename\n0,multiple-slider,s,1,m.png\n");
        IOException e = assertThrows(IOException.class, () -> HmixMixingFactorImporter.read(f, null));
        assertTrue(e.getMessage().contains("missing column 'responses'"), e.getMessage());

        Path g = write("nosubject.csv", INFER_HEADER
                + "0,multiple-slider,,10,\"{\"\"mixingcoeff\"\":30,\"\"confidence\"\":80}\",m.png,rate_mixture,0.5,Cat\n");
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
                () -> HmixMixingFactorImporter.read(g, null));
        assertTrue(e2.getMessage().startsWith("nosubject.csv line 2, column 'subject'"), e2.getMessage());
    }

    @Test
    void outOfRangeAnswersAreKeptAndReportedInvalid() throws IOException {
        Path f = write("range.csv", INFER_HEADER
                + "0,multiple-slider,s1,10,\"{\"\"mixingcoeff\"\":130,\"\"confidence\"\":80}\",m.png,rate_mixture,0.5,Cat\n");
        JudgmentImport imp = HmixMixingFactorImporter.read(f, null);
        assertEquals(1, imp.entries().size());
        assertEquals(1, imp.invalid().size());
    }

    @Test
    void constructReadsStartAndFinalAndFallsBackToStartingValue() throws IOException {
        Path f = write("construct.csv", ",trial_type,subject,rt,final_value,start_value,task,class_pair,starting_value\n"
                + "0,instructions,s1,10,,,,,\n"
                + "1,reconstruction,s1,10,0.5000000000000001,0.9,select_create,Cat_1_Dog_2,0.9\n"
                + "2,reconstruction,s1,10,0.4,,rerun_select_create,Cat_1_Dog_2,0.1\n");
        JudgmentImport imp = HmixConstructMidpointImporter.read(f, null);
        assertEquals(Map.of("instructions", 1), imp.skippedByType());
        assertEquals(new ConstructMidpointAnswer(0.9, 0.5000000000000001, 0.1), imp.judgments().get(0).answer());
        assertEquals(new ConstructMidpointAnswer(0.1, 0.4, 0.1), imp.judgments().get(1).answer());
        assertEquals("Cat_1_Dog_2", imp.judgments().get(1).item());
        assertTrue(imp.judgments().get(1).repeat());
        assertTrue(imp.invalid().isEmpty());

        Path g = write("construct-bad.csv", ",trial_type,subject,rt,final_value,start_value,task,class_pair\n"
                + "0,reconstruction,s1,10,,0.9,select_create,Cat_1_Dog_2\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HmixConstructMidpointImporter.read(g, null));
        assertTrue(e.getMessage().startsWith("construct-bad.csv line 2, column 'final_value' (field 5):"),
                e.getMessage());
    }

    @Test
    void selectShuffledParsesPrefixedNumbersAndShownOrder() throws IOException {
        Path f = write("select.csv", ",trial_type,subject,rt,response,task,class_pair,shown_order\n"
                + "0,survey-html-form,s1,10,\"{\"\"select\"\":\"\"select0.6\"\"}\",select_shuffled,A_1_B_2,\n"
                + "1,survey-html-form,s1,10,\"{\"\"select\"\":0.3}\",select_shuffled,A_1_B_3,\"[0.3,0.0,1.0]\"\n"
                + "2,html-keyboard-response,s1,10,,,,\n");
        JudgmentImport imp = HmixSelectShuffledImporter.read(f, null);
        assertEquals(new SelectShuffledAnswer(0.6, List.of()), imp.judgments().get(0).answer());
        assertEquals(new SelectShuffledAnswer(0.3, List.of(0.3, 0.0, 1.0)), imp.judgments().get(1).answer());
        assertEquals(Map.of("html-keyboard-response", 1), imp.skippedByType());

        Path g = write("select-bad.csv", ",trial_type,subject,rt,response,task,class_pair\n"
                + "0,survey-html-form,s1,10,\"{\"\"select\"\":\"\"selectX\"\"}\",select_shuffled,A_1_B_2\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HmixSelectShuffledImporter.read(g, null));
        assertTrue(e.getMessage().startsWith("select-bad.csv line 2, column 'response' (field 5): \"select\" is"),
                e.getMessage());
    }
}
