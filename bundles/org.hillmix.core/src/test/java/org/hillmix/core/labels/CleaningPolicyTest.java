package org.hillmix.core.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hillmix.core.protocol.AnswerFlag;
import org.junit.jupiter.api.Test;

class CleaningPolicyTest {

    @Test
    void numbersAreReadStrictly() {
        assertEquals(80, CleaningPolicy.parseNumber(" 80 "));
        assertEquals(0, CleaningPolicy.parseNumber("00"));
        assertEquals(12.5, CleaningPolicy.parseNumber("12.5"));
        assertEquals(100, CleaningPolicy.parseNumber("1e2"));
        for (String bad : new String[] {"", "8p", "NaN", "Infinity", "80d", "0x10", "p\\\\\\", "1,5"}) {
            assertTrue(Double.isNaN(CleaningPolicy.parseNumber(bad)), bad);
        }
    }

    @Test
    void defaultAltersNothing() {
        CleaningPolicy p = CleaningPolicy.DEFAULT;
        CleaningPolicy.Reading zero = p.readMostProbability("0");
        assertEquals(0, zero.value());
        assertFalse(zero.isAltered());
        CleaningPolicy.Reading typo = p.readMostProbability("8p");
        assertTrue(Double.isNaN(typo.value()));
        assertEquals(AnswerFlag.UNPARSEABLE_MOST_PROBABILITY, typo.flag());
        assertFalse(typo.isAltered());
        CleaningPolicy.Reading junk = p.readSecondProbability("p\\\\\\", false);
        assertEquals(AnswerFlag.UNPARSEABLE_SECOND_PROBABILITY, junk.flag());
        assertFalse(junk.isAltered());
    }

    @Test
    void studyAppliesItsThreeCorrections() {
        CleaningPolicy p = CleaningPolicy.CIFAR10S_STUDY;
        CleaningPolicy.Reading typo = p.readMostProbability("8p");
        assertEquals(80, typo.value());
        assertTrue(typo.isAltered());
        assertNull(typo.flag());
        CleaningPolicy.Reading zero = p.readMostProbability("0");
        assertEquals(100, zero.value());
        assertTrue(zero.alteredBecause().contains("0 is read as 100"));
        assertEquals(100, p.readMostProbability(0.0).value());
        assertEquals(55, p.readMostProbability("55").value());
        assertFalse(p.readMostProbability("55").isAltered());
        CleaningPolicy.Reading junk = p.readSecondProbability("p\\\\\\", true);
        assertTrue(Double.isNaN(junk.value()));
        assertTrue(junk.isAltered());
        // anything else that is not a number is flagged as under the default policy
        assertEquals(AnswerFlag.UNPARSEABLE_MOST_PROBABILITY, p.readMostProbability("abc").flag());
    }

    @Test
    void secondProbabilityWithoutSecondClassIsNotUsed() {
        for (CleaningPolicy p : CleaningPolicy.values()) {
            CleaningPolicy.Reading r = p.readSecondProbability("100", false);
            assertTrue(Double.isNaN(r.value()));
            assertFalse(r.isAltered());
            assertNull(r.flag());
            assertEquals(30, p.readSecondProbability("30", true).value());
            assertTrue(Double.isNaN(p.readSecondProbability("", true).value()));
        }
    }

    @Test
    void idsParse() {
        assertEquals(CleaningPolicy.CIFAR10S_STUDY, CleaningPolicy.fromId("cifar10s-study"));
        assertEquals(CleaningPolicy.DEFAULT, CleaningPolicy.fromId(" Default "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CleaningPolicy.fromId("x"));
        assertTrue(e.getMessage().contains("cifar10s-study"));
    }
}
