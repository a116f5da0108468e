package org.doorman.sip.registrar;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.message.Request;
import org.doorman.registrar.location.ContactUpdate;
import org.doorman.registrar.location.ExpiryPolicy;

/**
 * Reads the Contact headers of a REGISTER (RFC 3261 10.3 steps 6-7): each contact's expiry comes
 * from its expires parameter, else the Expires header, else the default; "*" must stand alone
 * with Expires: 0.
 */
final class RegisterContacts {
    /** The contacts to apply, or a refusal (400 or 423). */
    record Parsed(boolean wildcard, List<ContactUpdate> updates, int refusal, String reason) {
        static Parsed refused(int status, String reason) {
            return new Parsed(false, List.of(), status, reason);
        }
    }

    private RegisterContacts() {}

    static Parsed parse(Request request, ExpiryPolicy policy) {
        ExpiresHeader expiresHeader = (ExpiresHeader) request.getHeader(ExpiresHeader.NAME);
        Integer headerExpires = expiresHeader == null ? null : expiresHeader.getExpires();
        List<ContactHeader> contacts = new ArrayList<>();
        ListIterator<?> it = request.getHeaders(ContactHeader.NAME);
        while (it != null && it.hasNext()) {
            contacts.add((ContactHeader) it.next());
        }
        if (contacts.stream().anyMatch(ContactHeader::isWildCard)) {
            if (contacts.size() != 1 || headerExpires == null || headerExpires != 0) {
                return Parsed.refused(400, "Wildcard Contact Needs Expires 0 And No Other Contact");
            }
            return new Parsed(true, List.of(), 0, null);
        }
        List<ContactUpdate> updates = new ArrayList<>(contacts.size());
        for (ContactHeader contact : contacts) {
            int own = contact.getExpires();
            int granted = policy.grant(own >= 0 ? Integer.valueOf(own) : headerExpires);
            if (granted < 0) {
                return Parsed.refused(423, "Interval Too Brief");
            }
            float q = contact.getQValue();
            updates.add(new ContactUpdate(contact.getAddress().getURI().toString(), granted, q < 0 ? 1.0f : q));
        }
        return new Parsed(false, updates, 0, null);
    }
}
