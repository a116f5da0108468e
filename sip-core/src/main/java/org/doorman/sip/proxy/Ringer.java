package org.doorman.sip.proxy;

import java.util.List;
import org.doorman.registrar.location.Binding;

/** Starts branches of a call: how ForkedCall rings more devices (the centre) after the call began. */
interface Ringer {
    /** A device and one of its registered contacts. */
    record Target(String device, Binding binding) {}

    /** Sends the INVITE of this branch to its contact; a failure is reported to the call as a timeout. */
    void ring(ForkedCall call, Branch branch, Binding contact);

    /** The management centre's online contacts for this call's caller, empty if none or refused. */
    List<Target> centre();
}
