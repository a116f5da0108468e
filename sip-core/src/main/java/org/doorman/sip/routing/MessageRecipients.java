package org.doorman.sip.routing;

import java.util.ArrayList;
import java.util.List;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceNumber;
import org.doorman.registrar.directory.DirectoryEntry;
import org.doorman.registrar.directory.DirectoryException;
import org.doorman.registrar.directory.DirectoryException.Reason;

/**
 * Who an operator's message goes to (`doorman message`): one device, one room (its main monitor and
 * every extension, whatever sip.group-call says: the message is for the household), or everyone
 * who can show a text: door stations, indoor monitors and centres (the VTO manual's "messages to
 * VTOs and VTHs"; cameras have no screen for it). Never the server's own entry. No I/O.
 */
public final class MessageRecipients {
    /** Whom the operator named. */
    public sealed interface Audience {
        record Device(String number) implements Audience {}

        record Room(String room) implements Audience {}

        record Everyone() implements Audience {}
    }

    private static final List<DeviceKind> EVERYONE = List.of(DeviceKind.VTO, DeviceKind.VTH, DeviceKind.VTS);
    private final DirectoryView directory;

    public MessageRecipients(DirectoryView directory) {
        this.directory = directory;
    }

    /**
     * The device numbers, canonical and in a stable order.
     *
     * @throws DirectoryException naming the field ("to" or "room") when the number is unknown or unfit
     */
    public List<String> of(Audience audience) {
        if (audience instanceof Audience.Device d) {
            return List.of(device(d.number()));
        }
        if (audience instanceof Audience.Room r) {
            return room(r.room());
        }
        List<String> all = new ArrayList<>();
        for (DeviceKind kind : EVERYONE) {
            directory.list(kind).stream().filter(e -> !e.server()).map(DirectoryEntry::number)
                    .sorted(CallRouter.NUMBER_ORDER).forEach(all::add);
        }
        return all;
    }

    private String device(String raw) {
        String number = DeviceNumber.canonical(raw);
        DirectoryEntry entry = directory.find(number).orElseThrow(() ->
                new DirectoryException(Reason.NOT_FOUND, "to", "no device with number '" + raw + "'"));
        if (entry.server()) {
            throw new DirectoryException(Reason.INVALID, "to", number + " is the server's own number");
        }
        return number;
    }

    private List<String> room(String raw) {
        String room = DeviceNumber.canonical(raw);
        if (DeviceNumber.roomOf(room).isPresent()) {
            throw new DirectoryException(Reason.INVALID, "room", "'" + raw + "' is an extension; name the room ("
                    + DeviceNumber.roomOf(room).get() + ") or send --to the extension");
        }
        directory.find(room).filter(e -> e.kind() == DeviceKind.VTH).orElseThrow(() ->
                new DirectoryException(Reason.NOT_FOUND, "room", "no room with number '" + raw + "'"));
        List<String> devices = new ArrayList<>(List.of(room));
        directory.list(DeviceKind.VTH).stream().map(DirectoryEntry::number)
                .filter(n -> DeviceNumber.roomOf(n).filter(room::equals).isPresent())
                .sorted(CallRouter.NUMBER_ORDER).forEach(devices::add);
        return devices;
    }
}
