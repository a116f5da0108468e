package org.doorman.cli.api;

import java.time.Instant;
import java.util.List;
import org.doorman.registrar.directory.DirectoryEntry;
import org.doorman.registrar.location.Binding;

/**
 * A device as the API shows it (the README documents these field names; keep them stable).
 * Passwords and hashes are never shown.
 */
public record DeviceView(String number, String kind, String firstName, String lastName, String nickName,
                         String ipAddress, String buildNo, String unitNo, String webUsername, boolean phone,
                         boolean server, boolean online, List<BindingView> bindings) {

    /** One registration of the device: where it is reachable and until when. */
    public record BindingView(String contact, String address, int port, String transport, String userAgent,
                              long expiresIn, String expiresAt) {
        static BindingView of(Binding b, long nowMillis) {
            return new BindingView(b.contact(), b.sourceAddress(), b.sourcePort(), b.transport(), b.userAgent(),
                    b.expiresInSeconds(nowMillis), Instant.ofEpochMilli(b.expiresAtMillis()).toString());
        }
    }

    public static DeviceView of(DirectoryEntry e, List<Binding> bindings, long nowMillis) {
        return new DeviceView(e.number(), e.kind().id(), e.firstName(), e.lastName(), e.nickName(), e.ipAddress(),
                e.buildNo(), e.unitNo(), e.webUsername(), e.phone(), e.server(), !bindings.isEmpty(),
                bindings.stream().map(b -> BindingView.of(b, nowMillis)).toList());
    }
}
