package org.doorman.sip.proxy;

import javax.sip.ClientTransaction;
import javax.sip.message.Response;

/** One forked leg of a call: the device it rings, its client transaction and how far it got. */
final class Branch {
    final int index;
    final String device;
    final String transport;
    ClientTransaction transaction;
    boolean provisional;
    boolean cancelWanted;
    boolean done;
    Response finalResponse;

    Branch(int index, String device, String transport) {
        this.index = index;
        this.device = device;
        this.transport = transport;
    }
}
