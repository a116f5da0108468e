package org.doorman.registrar.location;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 3261 section 10.3 steps 6-8 as a pure function: the AOR's bindings after a REGISTER, or the
 * refusal. A request whose Call-ID matches a binding but whose CSeq is not higher is out of order
 * and changes nothing.
 */
public final class BindingRules {
    private final int maxContactsPerAor;

    public BindingRules(int maxContactsPerAor) {
        this.maxContactsPerAor = maxContactsPerAor;
    }

    public RegisterOutcome apply(List<Binding> current, RegisterRequest req, long nowMillis) {
        List<Binding> live = new ArrayList<>(current.size() + req.contacts().size());
        for (Binding b : current) {
            if (!b.expired(nowMillis)) {
                live.add(b);
            }
        }
        if (req.wildcard()) {
            for (Binding b : live) {
                if (b.callId().equals(req.callId()) && req.cseq() <= b.cseq()) {
                    return outOfOrder();
                }
            }
            return new RegisterOutcome.Accepted(List.of());
        }
        for (ContactUpdate update : req.contacts()) {
            int at = indexOf(live, update.contact());
            if (at >= 0) {
                Binding old = live.get(at);
                if (old.callId().equals(req.callId()) && req.cseq() <= old.cseq()) {
                    return outOfOrder();
                }
                live.remove(at);
            }
            if (update.expiresSeconds() > 0) {
                live.add(new Binding(req.aor(), update.contact(), nowMillis + update.expiresSeconds() * 1000L,
                        req.callId(), req.cseq(), req.sourceAddress(), req.sourcePort(), req.transport(),
                        req.userAgent(), update.q()));
            }
        }
        if (live.size() > maxContactsPerAor) {
            return new RegisterOutcome.Refused(403, "Too Many Contacts (at most " + maxContactsPerAor + ")");
        }
        return new RegisterOutcome.Accepted(List.copyOf(live));
    }

    private static int indexOf(List<Binding> bindings, String contact) {
        for (int i = 0; i < bindings.size(); i++) {
            if (bindings.get(i).contact().equals(contact)) {
                return i;
            }
        }
        return -1;
    }

    private static RegisterOutcome outOfOrder() {
        return new RegisterOutcome.Refused(500, "Out Of Order CSeq");
    }
}
