package org.doorman.registrar.location;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExpiryPolicyTest {
    private final ExpiryPolicy policy = new ExpiryPolicy(60, 3600, 1800);

    @Test
    void noExpiryGivenGetsTheDefault() {
        assertEquals(1800, policy.grant(null));
    }

    @Test
    void zeroRemovesEvenThoughBelowTheMinimum() {
        assertEquals(0, policy.grant(0));
    }

    @Test
    void belowTheMinimumIsTooBrief() {
        assertEquals(-1, policy.grant(59));
        assertEquals(60, policy.grant(60));
    }

    @Test
    void aboveTheMaximumIsShortened() {
        assertEquals(3600, policy.grant(7200));
        assertEquals(600, policy.grant(600));
    }
}
