package org.doorman.registrar.location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class BindingRulesTest {
    private static final long NOW = 1_000_000L;
    private final BindingRules rules = new BindingRules(3);

    @Test
    void newContactIsBoundWithItsExpiryAndSource() {
        List<Binding> after = accepted(rules.apply(List.of(), req("c1", 1, false, update("sip:a@1.2.3.4", 600)), NOW));
        assertEquals(1, after.size());
        Binding b = after.get(0);
        assertEquals(NOW + 600_000, b.expiresAtMillis());
        assertEquals("10.0.0.9", b.sourceAddress());
        assertEquals(5062, b.sourcePort());
        assertEquals(600, b.expiresInSeconds(NOW));
    }

    @Test
    void refreshWithHigherCseqReplacesTheBinding() {
        List<Binding> first = accepted(rules.apply(List.of(), req("c1", 1, false, update("sip:a@h", 600)), NOW));
        List<Binding> second = accepted(rules.apply(first, req("c1", 2, false, update("sip:a@h", 300)), NOW + 1000));
        assertEquals(1, second.size());
        assertEquals(NOW + 1000 + 300_000, second.get(0).expiresAtMillis());
    }

    @Test
    void sameCallIdWithoutHigherCseqIsOutOfOrderAndChangesNothing() {
        List<Binding> first = accepted(rules.apply(List.of(), req("c1", 5, false, update("sip:a@h", 600)), NOW));
        RegisterOutcome.Refused r = assertInstanceOf(RegisterOutcome.Refused.class,
                rules.apply(first, req("c1", 5, false, update("sip:a@h", 0)), NOW));
        assertEquals(500, r.status());
    }

    @Test
    void otherCallIdMayUpdateWhateverItsCseq() {
        List<Binding> first = accepted(rules.apply(List.of(), req("c1", 5, false, update("sip:a@h", 600)), NOW));
        assertEquals(List.of(), accepted(rules.apply(first, req("c2", 1, false, update("sip:a@h", 0)), NOW)));
    }

    @Test
    void severalContactsPerAorAndRemovalOfOne() {
        List<Binding> two = accepted(rules.apply(List.of(),
                req("c1", 1, false, update("sip:a@h1", 600), update("sip:a@h2", 600)), NOW));
        assertEquals(2, two.size());
        List<Binding> one = accepted(rules.apply(two, req("c1", 2, false, update("sip:a@h1", 0)), NOW));
        assertEquals("sip:a@h2", one.get(0).contact());
    }

    @Test
    void wildcardRemovesAllBindings() {
        List<Binding> two = accepted(rules.apply(List.of(),
                req("c1", 1, false, update("sip:a@h1", 600), update("sip:a@h2", 600)), NOW));
        assertEquals(List.of(), accepted(rules.apply(two, req("c1", 2, true), NOW)));
    }

    @Test
    void wildcardWithStaleCseqIsRefused() {
        List<Binding> one = accepted(rules.apply(List.of(), req("c1", 7, false, update("sip:a@h1", 600)), NOW));
        assertInstanceOf(RegisterOutcome.Refused.class, rules.apply(one, req("c1", 7, true), NOW));
    }

    @Test
    void expiredBindingsAreDroppedBeforeApplying() {
        List<Binding> one = accepted(rules.apply(List.of(), req("c1", 1, false, update("sip:a@h1", 60)), NOW));
        List<Binding> after = accepted(rules.apply(one, req("c9", 1, false, update("sip:a@h2", 60)), NOW + 61_000));
        assertEquals(List.of("sip:a@h2"), after.stream().map(Binding::contact).toList());
    }

    @Test
    void tooManyContactsIsRefused() {
        RegisterOutcome r = rules.apply(List.of(), req("c1", 1, false, update("sip:a@1", 60), update("sip:a@2", 60),
                update("sip:a@3", 60), update("sip:a@4", 60)), NOW);
        assertEquals(403, assertInstanceOf(RegisterOutcome.Refused.class, r).status());
    }

    @Test
    void queryWithoutContactsKeepsBindings() {
        List<Binding> one = accepted(rules.apply(List.of(), req("c1", 1, false, update("sip:a@h1", 600)), NOW));
        assertEquals(one, accepted(rules.apply(one, req("c1", 2, false), NOW)));
    }

    private static ContactUpdate update(String contact, int expires) {
        return new ContactUpdate(contact, expires, 1.0f);
    }

    private static RegisterRequest req(String callId, long cseq, boolean wildcard, ContactUpdate... contacts) {
        return new RegisterRequest("9901", callId, cseq, "10.0.0.9", 5062, "UDP", "VTH/1.0", wildcard, List.of(contacts));
    }

    private static List<Binding> accepted(RegisterOutcome o) {
        return assertInstanceOf(RegisterOutcome.Accepted.class, o).bindings();
    }
}
