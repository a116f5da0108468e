package org.doorman.lock.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HoursTest {

    @Test
    void seventyMinutesIsOnePointOneBecauseTheSeedTruncates() {
        assertEquals("1.1", Hours.truncatedFromSeconds(70 * 60).toString());
    }

    @Test
    void cutsAtTheTenthBoundaryToTheSecond() {
        assertEquals(new Hours(0), Hours.truncatedFromSeconds(359));
        assertEquals(new Hours(1), Hours.truncatedFromSeconds(360));
        assertEquals(new Hours(29), Hours.truncatedFromSeconds(3 * 3600 - 1));
        assertEquals(new Hours(30), Hours.truncatedFromSeconds(3 * 3600));
    }

    @Test
    void sumsAreExact() {
        Hours sum = Hours.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Hours.parse("0.1"));
        }
        assertEquals(Hours.parse("1.0"), sum);
        assertEquals(new BigDecimal("1.0"), sum.toBigDecimal());
    }

    @Test
    void printsOneDecimal() {
        assertEquals("0.0", Hours.ZERO.toString());
        assertEquals("5.0", new Hours(50).toString());
        assertEquals("123.4", new Hours(1234).toString());
    }

    @Test
    void parseRefusesMoreThanOneDecimalAndNegatives() {
        assertEquals(new Hours(65), Hours.parse("6.5"));
        assertThrows(IllegalArgumentException.class, () -> Hours.parse("1.25"));
        assertThrows(IllegalArgumentException.class, () -> Hours.parse("-1"));
        assertThrows(IllegalArgumentException.class, () -> Hours.truncatedFromSeconds(-1));
    }

    @Test
    void ordersByValue() {
        assertEquals(-1, Integer.signum(Hours.parse("1.1").compareTo(Hours.parse("1.2"))));
    }
}
