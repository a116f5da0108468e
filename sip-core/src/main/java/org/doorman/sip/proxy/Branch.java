package org.doorman.sip.proxy;

import javax.sip.ClientTransaction;
import javax.sip.message.Response;

/** One forked leg of a call: the device it rings, its client transaction and how far it got. */
final class Branch {
    final int index;
    final String device;
    final String transport;
    /** Where the device registered from: a request from it must come from there. */
    String sourceIp;
    /** The 2xx this branch answered with, once it did. */
    Response answer;
    ClientTransaction transaction;
    boolean provisional;
    boolean cancelWanted;
    boolean done;
    /** Rang before the call went on to the centre: its answer no longer decides the caller's. */
    boolean superseded;
    Response finalResponse;

    Branch(int index, String device, String transport) {
        this.index = index;
        this.device = device;
        this.transport = transport;
    }
}
