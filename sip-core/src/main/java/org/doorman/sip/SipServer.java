package org.doorman.sip;

import gov.nist.core.CommonLogger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sip.ListeningPoint;
import javax.sip.SipFactory;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.message.Request;
import org.doorman.conf.DoormanConfig;
import org.doorman.conf.SipConfig;
import org.doorman.registrar.auth.DigestAlgorithm;
import org.doorman.registrar.auth.LoginGuard;
import org.doorman.registrar.auth.NonceService;
import org.doorman.registrar.directory.Directory;
import org.doorman.registrar.location.ExpiryPolicy;
import org.doorman.registrar.location.LocationService;
import org.doorman.sip.auth.DigestGate;
import org.doorman.sip.handler.OptionsHandler;
import org.doorman.sip.handler.RequestChecks;
import org.doorman.sip.handler.RequestHandler;
import org.doorman.sip.handler.Responder;
import org.doorman.sip.handler.SessionBodyChecks;
import org.doorman.sip.handler.SipDispatcher;
import org.doorman.sip.registrar.RegisterHandler;
import org.doorman.sip.transport.Slf4jStackLogger;
import org.doorman.sip.transport.StackSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SIP side of doorman: the JAIN-SIP stack on UDP and TCP with its method handlers. */
public final class SipServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SipServer.class);
    private static final int MAX_TRACKED_NONCES = 200_000;

    private final SipStack stack;

    private SipServer(SipStack stack) {
        this.stack = stack;
    }

    public static SipServer start(DoormanConfig config, Directory directory, LocationService location,
                                  Clock clock, String version) throws Exception {
        SipConfig sip = config.sip();
        // The stack's static loggers may log before its properties are read; give them ours first.
        CommonLogger.legacyLogger = new Slf4jStackLogger();
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        SipStack stack = factory.createSipStack(StackSettings.from(sip, "doorman-" + System.nanoTime()));
        try {
            ListeningPoint udp = stack.createListeningPoint(sip.address(), sip.udpPort(), ListeningPoint.UDP);
            ListeningPoint tcp = stack.createListeningPoint(sip.address(), sip.tcpPort(), ListeningPoint.TCP);
            SipProvider provider = stack.createSipProvider(udp);
            provider.addListeningPoint(tcp);
            SipContext context = new SipContext(provider, factory.createMessageFactory(),
                    factory.createHeaderFactory(), factory.createAddressFactory(), "doorman/" + version);
            provider.addSipListener(dispatcher(config, context, directory, location, clock));
            stack.start();
            log.info("SIP listening on {} udp/{} tcp/{}", sip.address(), sip.udpPort(), sip.tcpPort());
            return new SipServer(stack);
        } catch (Exception e) {
            stack.stop();
            throw e;
        }
    }

    private static SipDispatcher dispatcher(DoormanConfig config, SipContext context, Directory directory,
                                            LocationService location, Clock clock) {
        SipConfig sip = config.sip();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        NonceService nonces = new NonceService(secret, Duration.ofSeconds(sip.nonceTtl()), clock, MAX_TRACKED_NONCES);
        LoginGuard guard = new LoginGuard(config.security().lockoutAttempts(),
                Duration.ofMinutes(config.security().lockoutMinutes()), clock);
        List<DigestAlgorithm> algorithms = sip.digestAlgorithms().stream()
                .map(t -> DigestAlgorithm.fromToken(t).orElseThrow()).toList();
        DigestGate gate = new DigestGate(directory, nonces, guard, sip.realm(), algorithms);
        Responder responder = new Responder(context);
        ExpiryPolicy expiry = new ExpiryPolicy(sip.minExpires(), sip.maxExpires(), sip.defaultExpires());

        Map<String, RequestHandler> handlers = new LinkedHashMap<>();
        handlers.put(Request.REGISTER, new RegisterHandler(context, responder, gate, location, expiry, clock));
        handlers.put(Request.ACK, event -> { });
        handlers.put(Request.OPTIONS, new OptionsHandler(context, responder,
                List.of(Request.REGISTER, Request.OPTIONS, Request.ACK)));
        return new SipDispatcher(handlers, new RequestChecks(Set.of("path")),
                new SessionBodyChecks(Set.of(Request.INVITE)), responder);
    }

    @Override
    public void close() {
        stack.stop();
        log.info("SIP stopped");
    }
}
