package org.hillmix.core.mixup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hillmix.core.mixup.StimulusName.Style;
import org.junit.jupiter.api.Test;

/** Formatting and parsing the published H-Mix file names. */
class StimulusNameTest {

    @Test
    void formatsLikeThePublishedFiles() {
        assertEquals("mixed_0.25_Airplane_1434_Automobile_764.png",
                StimulusName.of(Style.MIXED, 0.25, "airplane", "1434", "automobile", "764").fileName());
        StimulusName series = StimulusName.of(Style.SERIES, 0.0, "airplane", "1596", "frog", "3615");
        assertEquals("Airplane_1596_Frog_3615_0.0.png", series.fileName());
        assertEquals("Airplane_1596_Frog_3615", series.pairKey());
        assertEquals("Airplane_1596_Frog_3615_1.0.png",
                StimulusName.of(Style.SERIES, 1.0, "airplane", "1596", "frog", "3615").fileName());
    }

    @Test
    void lambdasAreShortestPlainDecimals() {
        assertEquals("0.0", StimulusName.formatLambda(0.0));
        assertEquals("1.0", StimulusName.formatLambda(1.0));
        assertEquals("0.1", StimulusName.formatLambda(0.1));
        assertEquals("0.25", StimulusName.formatLambda(0.25));
        assertEquals("0.9", StimulusName.formatLambda(0.9));
        assertEquals("0.3", StimulusName.formatLambda(3 / 10.0));
        assertEquals("0.30000000000000004", StimulusName.formatLambda(3 * 0.1));
        assertEquals("0.00001", StimulusName.formatLambda(1e-5));
        assertEquals("0.123456789", StimulusName.formatLambda(0.123456789));
        for (double l : new double[] {0.37284619283746, 1e-9, 0.999999999999, 0.5000000000000001}) {
            assertEquals(l, Double.parseDouble(StimulusName.formatLambda(l)));
        }
        assertThrows(IllegalArgumentException.class, () -> StimulusName.formatLambda(-0.1));
    }

    @Test
    void parsesBothStylesAndRoundTrips() {
        StimulusName m = StimulusName.parse("mixed_0.75_Dog_2205_Frog_6908.png");
        assertEquals(Style.MIXED, m.style());
        assertEquals(0.75, m.lambda());
        assertEquals("Dog", m.class1());
        assertEquals("2205", m.id1());
        assertEquals("Frog", m.class2());
        assertEquals("6908", m.id2());
        StimulusName s = StimulusName.parse("Deer_3364_Horse_198_0.6.png");
        assertEquals(Style.SERIES, s.style());
        assertEquals(0.6, s.lambda());
        assertEquals("198", s.id2());
        for (String name : List.of("mixed_0.1_Airplane_1434_Automobile_764.png", "Cat_121_Truck_5192_0.3.png",
                "mixed_0.00001_A-b_x.1_C_y-2.png")) {
            assertEquals(name, StimulusName.parse(name).fileName());
        }
    }

    @Test
    void parseErrorsSayWhichPartIsWrong() {
        assertError("mixed_0.1_Airplane_1434_Automobile_764.jpg", ".png");
        assertError("mixed_0.1_Airplane_1434_Automobile.png", "5 parts");
        assertError("mixed_0.x_Airplane_1434_Automobile_764.png", "lambda (part 2) '0.x'");
        assertError("mixed_1.5_Airplane_1434_Automobile_764.png", "outside [0, 1]");
        assertError("mixed_0.1__1434_Automobile_764.png", "class 1 (part 3)");
        assertError("mixed_0.1_Airplane_14 34_Automobile_764.png", "id 1 (part 4)");
        assertError("Airplane_1596_Frog_3615_x.png", "lambda (part 5) 'x'");
        assertError("Airplane_1596_Frog_3615_0.1_extra.png", "6 parts");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StimulusName.parse("blend_0.1_A_1_B_2.png", Style.MIXED));
        assertTrue(e.getMessage().contains("part 1 'blend'"), e.getMessage());
    }

    static void assertError(String name, String expectedPart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StimulusName.parse(name));
        assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }

    @Test
    void tokensKeepOnlyNameSafeCharacters() {
        assertEquals("img-01", StimulusName.token("cat/img_01"));
        assertEquals("a.b-c", StimulusName.token("a.b c"));
        assertEquals("Pickup-truck", StimulusName.classToken("pickup_truck"));
        assertEquals("7", StimulusName.classToken("7"));
        assertThrows(IllegalArgumentException.class, () -> new StimulusName(Style.MIXED, 0.5, "A_B", "1", "C", "2"));
        assertNotEquals(StimulusName.of(Style.MIXED, 0.5, "a", "1", "b", "2"),
                StimulusName.of(Style.SERIES, 0.5, "a", "1", "b", "2"));
    }
}
