package org.doorman.registrar.directory;

import java.util.Locale;

/** The kinds of device in a building's directory, as the VTO manual's Household Setting lists them. */
public enum DeviceKind {
    /** Door station (outdoor). */
    VTO,
    /** Indoor monitor of a room, or a third-party SIP phone as an extension of a room. */
    VTH,
    /** Management centre / guard station. */
    VTS,
    /** IP camera. */
    IPC;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named by "vto", "vth", "vts" or "ipc" (any case). */
    public static DeviceKind fromId(String id) {
        for (DeviceKind k : values()) {
            if (k.id().equalsIgnoreCase(id)) {
                return k;
            }
        }
        throw new DirectoryException(DirectoryException.Reason.INVALID, "kind",
                "unknown device kind '" + id + "'; allowed: vto, vth, vts, ipc");
    }
}
