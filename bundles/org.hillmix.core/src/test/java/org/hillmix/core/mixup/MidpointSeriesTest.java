package org.hillmix.core.mixup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The eleven series lambdas. */
class MidpointSeriesTest {

    @Test
    void lambdasAreTheDecimalsZeroToOneInTenths() {
        List<Double> l = MidpointSeries.lambdas();
        assertEquals(11, l.size());
        String[] written = {"0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1.0"};
        for (int i = 0; i <= 10; i++) {
            // exactly the double that the decimal in the file name denotes
            assertEquals(Double.parseDouble(written[i]), l.get(i));
            assertEquals(written[i], StimulusName.formatLambda(l.get(i)));
        }
        assertThrows(IllegalArgumentException.class, () -> MidpointSeries.lambda(11));
    }

    @Test
    void repeatedAdditionWouldDrift() {
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            sum += 0.1;
        }
        assertNotEquals(MidpointSeries.lambda(3), sum);
        assertEquals(0.30000000000000004, MidpointSeries.numpyStepLambda(3));
        assertEquals(0.6000000000000001, MidpointSeries.numpyStepLambda(6));
        assertEquals(0.7000000000000001, MidpointSeries.numpyStepLambda(7));
        assertEquals(MidpointSeries.lambda(5), MidpointSeries.numpyStepLambda(5));
    }
}
