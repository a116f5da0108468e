package org.doorman.sip.routing;

import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceNumber;

/**
 * Whether a MESSAGE (outside a dialog) is for the server itself, to be answered 200 and written to
 * the alarm log, or for devices, to be relayed with the same routing as a call. No I/O.
 *
 * <p>For the server: a Request-URI without a user part (sip:server-address) or with the server's
 * own number (sip.server-number), which no device can be behind. The centre number
 * (sip.centre-number) is where door stations and monitors address their alarms (the VTO manual:
 * door sensor alarms "will be sent to the management center"), so a JSON body to it is an alarm:
 * the server records it and passes it on to the centres itself; and when the directory has no
 * centre at all, anything sent to the centre number is recorded rather than refused, because the
 * device cannot be told to send it elsewhere. Plain text to the centre number, when a centre
 * exists, is a message for the guards and is relayed like any other.
 */
public final class MessageAddressing {
    private final String serverNumber;
    private final String centreNumber;
    private final DirectoryView directory;

    public MessageAddressing(String serverNumber, String centreNumber, DirectoryView directory) {
        this.serverNumber = serverNumber;
        this.centreNumber = centreNumber;
        this.directory = directory;
    }

    /**
     * @param requestUser the Request-URI user part as received (null when there is none)
     * @param jsonBody    whether the body is a JSON object (see AlarmBody)
     */
    public boolean forServer(String requestUser, boolean jsonBody) {
        String number = requestUser == null ? "" : DeviceNumber.canonical(requestUser);
        if (number.isEmpty() || number.equals(serverNumber)) {
            return true;
        }
        if (number.equals(centreNumber)) {
            return jsonBody || directory.list(DeviceKind.VTS).isEmpty();
        }
        return false;
    }
}
