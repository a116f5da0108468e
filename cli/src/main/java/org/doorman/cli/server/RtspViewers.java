package org.doorman.cli.server;

import java.net.InetAddress;
import java.util.Optional;
import org.doorman.media.rtsp.ViewerCredentials;
import org.doorman.registrar.auth.LoginGuard;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceNumber;
import org.doorman.registrar.directory.Directory;
import org.doorman.registrar.directory.DirectoryEntry;

/**
 * Who may watch door video through the RTSP relay: indoor monitors and management centres, logging
 * in with their SIP number and password (the stored MD5 HA1), under the same lockout rule as SIP.
 */
final class RtspViewers implements ViewerCredentials {
    private final Directory directory;
    private final String realm;
    private final LoginGuard guard;

    RtspViewers(Directory directory, String realm, LoginGuard guard) {
        this.directory = directory;
        this.realm = realm;
        this.guard = guard;
    }

    @Override
    public String realm() {
        return realm;
    }

    @Override
    public Optional<String> ha1(String user) {
        String number = DeviceNumber.canonical(user);
        Optional<DirectoryEntry> entry = directory.find(number);
        if (entry.isEmpty() || !entry.get().canRegister()
                || (entry.get().kind() != DeviceKind.VTH && entry.get().kind() != DeviceKind.VTS)) {
            return Optional.empty(); // door stations and cameras never watch other doors
        }
        return Optional.ofNullable(entry.get().credentials().ha1("MD5", user, number));
    }

    @Override
    public boolean mayTry(String user, InetAddress from) {
        return !guard.isLocked(user, from.getHostAddress());
    }

    @Override
    public void loginFailed(String user, InetAddress from) {
        guard.recordFailure(user, from.getHostAddress());
    }
}
