package org.hillmix.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.protocol.AnswerFlag;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.junit.jupiter.api.Test;

class CategoricalResponseParserTest {

    static final CategoricalResponseParser DEFAULT = new CategoricalResponseParser(ClassSet.CIFAR10,
            CleaningPolicy.DEFAULT);
    static final CategoricalResponseParser STUDY = new CategoricalResponseParser(ClassSet.CIFAR10,
            CleaningPolicy.CIFAR10S_STUDY);

    @Test
    void parsesTheFormFields() {
        String json = "{\"classSelect\":\"mostProbAirplane\",\"prob\":\"60\",\"classSelect2\":\"secondProbFrog\","
                + "\"prob2\":\"20\",\"improbClassSelectTruck\":\"1\",\"improbClassSelectDeer\":\"1\"}";
        CategoricalResponseParser.Parsed p = DEFAULT.parse(json, "f.csv line 2, column 'response'");
        assertEquals(new CategoricalAnswer(0, 60, 6, 20, List.of(4, 9)), p.answer());
        assertTrue(p.flags().isEmpty());
        assertTrue(p.changes().isEmpty());
    }

    @Test
    void noSecondClassIgnoresTheSliderValue() {
        String json = "{\"classSelect\":\"mostProbDeer\",\"prob\":\"100\",\"classSelect2\":\"secondProbNo\","
                + "\"prob2\":\"100\"}";
        CategoricalAnswer a = DEFAULT.parse(json, "w").answer();
        assertFalse(a.hasSecond());
        assertTrue(Double.isNaN(a.secondProbability()));
    }

    @Test
    void policiesDifferOnTheStudysOddities() {
        String typo = "{\"classSelect\":\"mostProbCat\",\"prob\":\"8p\",\"classSelect2\":\"secondProbDog\",\"prob2\":\"20\"}";
        CategoricalResponseParser.Parsed d = DEFAULT.parse(typo, "w");
        assertTrue(Double.isNaN(d.answer().mostProbability()));
        assertEquals(java.util.Set.of(AnswerFlag.UNPARSEABLE_MOST_PROBABILITY), d.flags());
        CategoricalResponseParser.Parsed s = STUDY.parse(typo, "w");
        assertEquals(80, s.answer().mostProbability());
        assertEquals(1, s.changes().size());
        assertEquals("prob", s.changes().get(0).field());
        assertEquals("8p", s.changes().get(0).original());
        assertEquals("80", s.changes().get(0).replacement());
    }

    @Test
    void errorsNameThePlace() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> DEFAULT.parse("{\"classSelect\":\"mostProbDgo\",\"prob\":\"50\"}", "f.csv line 9, column 'response'"));
        assertTrue(unknown.getMessage().startsWith("f.csv line 9, column 'response': unknown class 'Dgo'"),
                unknown.getMessage());
        IllegalArgumentException badJson = assertThrows(IllegalArgumentException.class,
                () -> DEFAULT.parse("{\"classSelect\":", "f.csv line 3, column 'response'"));
        assertTrue(badJson.getMessage().contains("line 3") && badJson.getMessage().contains("not valid JSON"));
        IllegalArgumentException noTop = assertThrows(IllegalArgumentException.class,
                () -> DEFAULT.parse("{\"prob\":\"50\"}", "w"));
        assertTrue(noTop.getMessage().contains("classSelect"));
        IllegalArgumentException prefix = assertThrows(IllegalArgumentException.class,
                () -> DEFAULT.parse("{\"classSelect\":\"Cat\",\"prob\":\"50\"}", "w"));
        assertTrue(prefix.getMessage().contains("does not start with 'mostProb'"));
    }
}
