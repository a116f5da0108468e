package org.doorman.sip.message;

import javax.sip.ClientTransaction;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DirectoryEntry;
import org.doorman.registrar.location.Binding;
import org.doorman.registrar.location.LocationService;
import org.doorman.sip.SipContext;
import org.doorman.sip.alarms.AlarmBody;
import org.doorman.sip.alarms.AlarmLog;
import org.doorman.sip.handler.Responder;
import org.doorman.sip.handler.ResponseSink;
import org.doorman.sip.proxy.ProxyMessages;
import org.doorman.sip.routing.DirectoryView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A device's MESSAGE to the server: written to the alarm log, answered 200 once it is stored (never
 * 405, whatever the body), then passed on as it came, From the device, to every registered contact
 * of every management centre (VTS), so the guards see it. The device's answer does not wait for
 * the centres: its alarm is safe in the log, and a centre that is slow or offline must not make the
 * door station retry or report a failure.
 */
public final class AlarmReceiver {
    private static final Logger log = LoggerFactory.getLogger(AlarmReceiver.class);

    private final SipContext sip;
    private final Responder responder;
    private final ProxyMessages messages;
    private final AlarmLog alarmLog;
    private final DirectoryView directory;
    private final LocationService location;

    public AlarmReceiver(SipContext sip, Responder responder, ProxyMessages messages, AlarmLog alarmLog,
                         DirectoryView directory, LocationService location) {
        this.sip = sip;
        this.responder = responder;
        this.messages = messages;
        this.alarmLog = alarmLog;
        this.directory = directory;
        this.location = location;
    }

    void receive(ServerTransaction server, Request request, String sender, AlarmBody alarm) {
        try {
            alarmLog.record(sender, alarm.kind(), alarm.detail());
        } catch (RuntimeException e) {
            log.warn("alarm {} from {} could not be stored: {}", alarm.kind(), sender, e.getMessage());
            MessageHandler.answer(responder, server, Response.SERVER_INTERNAL_ERROR, "Alarm Not Stored");
            return;
        }
        MessageHandler.answer(responder, server, Response.OK, null);
        log.info("alarm from {}: {}", sender, alarm.kind());
        int length = request.getRawContent() == null ? 0 : request.getRawContent().length;
        for (DirectoryEntry centre : directory.list(DeviceKind.VTS)) {
            if (!centre.number().equals(sender)) {
                for (Binding b : location.bindings(centre.number())) {
                    if (MessageLimits.fits(length, b.transport())) {
                        forward(request, sender, centre.number(), b);
                    }
                }
            }
        }
    }

    private void forward(Request request, String sender, String centre, Binding binding) {
        try {
            ClientTransaction tx = sip.provider().getNewClientTransaction(
                    messages.forward(request, binding.contact(), binding.transport(), false));
            tx.setApplicationData(new ResponseSink() {
                @Override
                public void onResponse(Response response) {
                    if (response.getStatusCode() >= 300) {
                        log.info("centre {} refused the alarm from {}: {}", centre, sender, response.getStatusCode());
                    }
                }

                @Override
                public void onTimeout() {
                    log.info("centre {} did not answer the alarm from {}", centre, sender);
                }
            });
            tx.sendRequest();
        } catch (Exception e) {
            log.warn("could not pass the alarm from {} on to centre {}: {}", sender, centre, e.toString());
        }
    }
}
