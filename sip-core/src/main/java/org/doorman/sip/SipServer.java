package org.doorman.sip;

import gov.nist.core.CommonLogger;
import gov.nist.javax.sip.SipStackImpl;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.sip.ListeningPoint;
import javax.sip.SipFactory;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.conf.DoormanConfig;
import org.doorman.conf.SipConfig;
import org.doorman.registrar.auth.DigestAlgorithm;
import org.doorman.registrar.auth.LoginGuard;
import org.doorman.registrar.auth.NonceService;
import org.doorman.registrar.directory.Directory;
import org.doorman.registrar.location.ExpiryPolicy;
import org.doorman.registrar.location.LocationService;
import org.doorman.sip.alarms.AlarmLog;
import org.doorman.sip.auth.DigestGate;
import org.doorman.sip.auth.ProxyAuthentication;
import org.doorman.sip.handler.OptionsHandler;
import org.doorman.sip.handler.RequestChecks;
import org.doorman.sip.handler.RequestHandler;
import org.doorman.sip.handler.Responder;
import org.doorman.sip.handler.SessionBodyChecks;
import org.doorman.sip.handler.SipDispatcher;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.sip.dialog.ActiveDialogs;
import org.doorman.sip.message.AlarmReceiver;
import org.doorman.sip.message.MessageHandler;
import org.doorman.sip.message.MessageRelay;
import org.doorman.sip.message.OperatorMessenger;
import org.doorman.sip.message.UnlockEventReceiver;
import org.doorman.sip.proxy.AnchoredDialogs;
import org.doorman.sip.proxy.CallObserver;
import org.doorman.sip.proxy.CallTargets;
import org.doorman.sip.proxy.CancelHandler;
import org.doorman.sip.proxy.DoorInfo;
import org.doorman.sip.proxy.DtmfTap;
import org.doorman.sip.proxy.InDialogHandler;
import org.doorman.sip.proxy.InviteHandler;
import org.doorman.sip.proxy.KeysOnAnswer;
import org.doorman.sip.proxy.ProxyAddress;
import org.doorman.sip.proxy.ProxyMessages;
import org.doorman.sip.registrar.RegisterHandler;
import org.doorman.sip.routing.CallRouter;
import org.doorman.sip.routing.CentreForwarding;
import org.doorman.sip.routing.DirectoryView;
import org.doorman.sip.routing.MessageAddressing;
import org.doorman.sip.routing.RouteDecision;
import org.doorman.sip.routing.RoutingRules;
import org.doorman.sip.transport.NatKeepAlive;
import org.doorman.sip.transport.NextHopRouter;
import org.doorman.sip.transport.SipKeepAliveProbes;
import org.doorman.sip.transport.Slf4jStackLogger;
import org.doorman.sip.transport.StackSettings;
import org.doorman.sip.transport.tls.TlsCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SIP side of doorman: the JAIN-SIP stack on UDP, TCP and TLS with its method handlers. */
public final class SipServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SipServer.class);
    private static final int MAX_TRACKED_NONCES = 200_000;

    private final SipStack stack;
    private final ScheduledExecutorService timers;
    private final OperatorMessenger messenger;
    private final ScheduledExecutorService keepAliveTimer;
    private final NatKeepAlive keepAlive;
    private final DtmfTap dtmf;
    private final Optional<TlsCredentials> tls;

    private SipServer(SipStack stack, ScheduledExecutorService timers, OperatorMessenger messenger,
                      ScheduledExecutorService keepAliveTimer, NatKeepAlive keepAlive, DtmfTap dtmf,
                      Optional<TlsCredentials> tls) {
        this.dtmf = dtmf;
        this.tls = tls;
        this.stack = stack;
        this.timers = timers;
        this.messenger = messenger;
        this.keepAliveTimer = keepAliveTimer;
        this.keepAlive = keepAlive;
    }

    /**
     * What the proxy needs besides the registrar: who a number rings, who hears about calls, door
     * control, where alarms go.
     */
    private record Proxying(ProxyMessages messages, NextHopRouter router, ScheduledExecutorService timers,
                            CallTargets targets, CallObserver observer, ActiveDialogs dialogs, DoorControl doors,
                            AlarmLog alarms, AnchoredDialogs anchored, DtmfTap dtmf) {}

    /** `dataDir` holds what the SIP side keeps between starts (the generated TLS certificate). */
    public static SipServer start(DoormanConfig config, Path dataDir, Directory directory, LocationService location,
                                  Clock clock, String version) throws Exception {
        return start(config, dataDir, directory, location, clock, version, routedTargets(config, directory, clock),
                CallObserver.NONE, DoorControl.NONE);
    }

    /** The building's routing rules (group call, centre, call periods, forwarding) as the proxy's targets. */
    public static CallTargets routedTargets(DoormanConfig config, Directory directory, Clock clock) {
        RoutingRules rules = RoutingRules.from(config);
        CallRouter router = new CallRouter(DirectoryView.of(directory), rules);
        CentreForwarding forwarding = new CentreForwarding(config.sip().forwardToCentreAfter());
        return new CallTargets() {
            @Override
            public Decision resolve(String caller, String dialled) {
                RouteDecision decision = router.route(caller, dialled, ZonedDateTime.now(clock.withZone(rules.zone())));
                if (decision instanceof RouteDecision.Ring ring) {
                    if (ring.capped()) {
                        log.warn("call from {} to {}: rings the first {} devices, not {}", caller, dialled,
                                ring.deviceNumbers().size(), ring.omitted());
                    }
                    Optional<Duration> forward = directory.find(caller)
                            .flatMap(e -> forwarding.delayFor(e.kind(), ring));
                    return new Decision.Ring(ring.deviceNumbers(), forward);
                }
                RouteDecision.Refuse refuse = (RouteDecision.Refuse) decision;
                return new Decision.Refuse(refuse.sipStatus(), refuse.reasonPhrase());
            }

            @Override
            public Decision centre(String caller) {
                return resolve(caller, config.sip().centreNumber());
            }
        };
    }

    public static SipServer start(DoormanConfig config, Path dataDir, Directory directory, LocationService location,
                                  Clock clock, String version, CallTargets targets, CallObserver observer,
                                  DoorControl doors) throws Exception {
        return start(config, dataDir, directory, location, clock, version, targets, observer, doors, AlarmLog.NONE);
    }

    public static SipServer start(DoormanConfig config, Path dataDir, Directory directory, LocationService location,
                                  Clock clock, String version, CallTargets targets, CallObserver observer,
                                  DoorControl doors, AlarmLog alarms) throws Exception {
        return start(config, dataDir, directory, location, clock, version, targets, observer, doors, alarms,
                MediaAnchor.NONE);
    }

    /** As above, with call media put through `media` (the relay); {@link MediaAnchor#NONE} leaves SDP untouched. */
    public static SipServer start(DoormanConfig config, Path dataDir, Directory directory, LocationService location,
                                  Clock clock, String version, CallTargets targets, CallObserver observer,
                                  DoorControl doors, AlarmLog alarms, MediaAnchor media) throws Exception {
        SipConfig sip = config.sip();
        ProxyAddress self = ProxyAddress.of(sip.address(), sip.udpPort(), sip.tcpPort(), sip.tlsPort());
        Optional<TlsCredentials> tls = sip.tlsEnabled()
                ? Optional.of(TlsCredentials.resolve(sip, dataDir, self.host(), clock)) : Optional.empty();
        // The stack's static loggers may log before its properties are read; give them ours first.
        CommonLogger.legacyLogger = new Slf4jStackLogger();
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        SipStack stack = factory.createSipStack(StackSettings.from(sip, "doorman-" + System.nanoTime(), tls));
        NextHopRouter router = (NextHopRouter) ((SipStackImpl) stack).getRouter();
        router.useRegisteredHops(contact -> location.byContact(contact)
                .map(b -> NextHopRouter.hop(b.sourceAddress(), b.sourcePort(), b.transport())));
        ScheduledExecutorService timers = daemonTimer("sip-timers");
        ScheduledExecutorService keepAliveTimer = null;
        try {
            ListeningPoint udp = stack.createListeningPoint(sip.address(), sip.udpPort(), ListeningPoint.UDP);
            ListeningPoint tcp = stack.createListeningPoint(sip.address(), sip.tcpPort(), ListeningPoint.TCP);
            SipProvider provider = stack.createSipProvider(udp);
            provider.addListeningPoint(tcp);
            if (tls.isPresent()) {
                provider.addListeningPoint(stack.createListeningPoint(sip.address(), sip.tlsPort(), ListeningPoint.TLS));
            }
            SipContext context = new SipContext(provider, factory.createMessageFactory(),
                    factory.createHeaderFactory(), factory.createAddressFactory(), "doorman/" + version);
            ProxyMessages messages = new ProxyMessages(context, self);
            ActiveDialogs dialogs = new ActiveDialogs();
            AnchoredDialogs anchored = new AnchoredDialogs(media);
            timers.scheduleWithFixedDelay(() -> {
                dialogs.expire(clock.instant().minus(Duration.ofHours(12)));
                anchored.expire(clock.instant().minus(Duration.ofHours(12)));
            }, 10, 10, TimeUnit.MINUTES);
            DtmfTap dtmf = new DtmfTap(dialogs, anchored, doors, clock, vto -> config.door(vto).dtmfToDoor(),
                    new DoorInfo(context, messages));
            SipDispatcher dispatcher = dispatcher(config, context, directory, location, clock,
                    new Proxying(messages, router, timers, targets, KeysOnAnswer.around(observer, dtmf), dialogs,
                            doors, alarms, anchored, dtmf));
            dispatcher.onStrayResponse(response -> relayStray(context, messages, anchored, response));
            provider.addSipListener(dispatcher);
            stack.start();
            NatKeepAlive keepAlive = null;
            if (sip.keepaliveInterval() > 0) {
                keepAlive = new NatKeepAlive(location::allBindings, new SipKeepAliveProbes(context, self.host(),
                        self.udpPort()), sip.keepaliveInterval() * 1000L, NatKeepAlive.MAX_PER_TICK, clock::millis);
                keepAliveTimer = daemonTimer("sip-keepalive");
                keepAliveTimer.scheduleWithFixedDelay(keepAlive, NatKeepAlive.TICK_MILLIS, NatKeepAlive.TICK_MILLIS,
                        TimeUnit.MILLISECONDS);
            }
            log.info("SIP listening on {} udp/{} tcp/{} {}, advertised as {}; NAT keep-alives {}", sip.address(),
                    sip.udpPort(), sip.tcpPort(), tls.map(t -> "tls/" + sip.tlsPort() + " (certificate "
                            + t.certificate() + ", SHA-256 " + t.fingerprint() + ")").orElse("(tls off)"),
                    self.host(), keepAlive == null ? "off" : "every " + sip.keepaliveInterval() + " s");
            return new SipServer(stack, timers,
                    new OperatorMessenger(context, messages, location, timers, sip.serverNumber()), keepAliveTimer,
                    keepAlive, dtmf, tls);
        } catch (Exception e) {
            if (keepAliveTimer != null) {
                keepAliveTimer.shutdownNow();
            }
            stack.stop();
            timers.shutdownNow();
            throw e;
        }
    }

    /** The certificate and key SIP over TLS serves (empty when sip.tls-port is 0), for other TLS services to reuse. */
    public Optional<TlsCredentials> tls() {
        return tls;
    }

    /** What the NAT keep-alives have done so far (all zero when sip.keepalive-interval is 0). */
    public NatKeepAlive.Stats keepAliveStats() {
        return keepAlive == null ? new NatKeepAlive.Stats(0, 0, 0, 0, 0) : keepAlive.stats();
    }

    /**
     * A DTMF key the media relay decoded (RFC 4733) in `session` (as sip-core named it in
     * {@link MediaAnchor#offer}), sent by `side`: door control hears it under the same rules as a key
     * sent by SIP INFO (only from the authenticated, answered party of a call with a door station).
     */
    public void mediaDtmf(String session, MediaAnchor.Side side, char key, Instant at) {
        dtmf.fromMedia(session, side, key, at);
    }

    private static ScheduledExecutorService daemonTimer(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    private static SipDispatcher dispatcher(DoormanConfig config, SipContext context, Directory directory,
                                            LocationService location, Clock clock, Proxying proxying) {
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
        Predicate<String> isDoorStation = number -> directory.find(number)
                .filter(e -> e.kind() == DeviceKind.VTO).isPresent();

        Map<String, RequestHandler> handlers = new LinkedHashMap<>();
        handlers.put(Request.REGISTER, new RegisterHandler(context, responder, gate, location, expiry, clock));
        handlers.put(Request.INVITE, new InviteHandler(context, responder, proxying.messages(), gate,
                sip.authenticateCalls(), proxying.targets(), location, proxying.observer(), proxying.timers(),
                sip.ringTimeout(), proxying.dialogs(), isDoorStation, proxying.anchored()));
        handlers.put(Request.MESSAGE, message(config, context, responder, gate, directory, location, proxying,
                clock));
        handlers.put(Request.CANCEL, new CancelHandler(context, responder));
        handlers.put(Request.ACK, event -> { });
        handlers.put(Request.OPTIONS, new OptionsHandler(context, responder, List.of(Request.REGISTER,
                Request.INVITE, Request.ACK, Request.CANCEL, Request.BYE, Request.OPTIONS, Request.INFO,
                Request.UPDATE, Request.PRACK, Request.MESSAGE)));
        InDialogHandler inDialog = new InDialogHandler(context, responder, proxying.messages(), proxying.router(),
                proxying.observer(), proxying.dialogs(), proxying.dtmf(), proxying.anchored());
        return new SipDispatcher(handlers, inDialog, new RequestChecks(Set.of("path")),
                new SessionBodyChecks(Set.of(Request.INVITE)), responder);
    }

    private static MessageHandler message(DoormanConfig config, SipContext context, Responder responder,
                                          DigestGate gate, Directory directory, LocationService location,
                                          Proxying proxying, Clock clock) {
        DirectoryView view = DirectoryView.of(directory);
        return new MessageHandler(context, responder, proxying.messages(),
                config.sip().authenticateCalls() ? new ProxyAuthentication(context, responder, gate) : null,
                new MessageAddressing(config.sip().serverNumber(), config.sip().centreNumber(), view),
                new AlarmReceiver(context, responder, proxying.messages(), proxying.alarms(), view, location),
                new UnlockEventReceiver(responder, view, location, proxying.doors(), clock),
                new MessageRelay(context, responder, proxying.messages(), proxying.targets(), location,
                        proxying.timers()));
    }

    /** Sends text messages from the server itself (`doorman message`). */
    public OperatorMessenger messenger() {
        return messenger;
    }

    /** A 2xx retransmitted after its INVITE transaction ended still goes back to the caller (RFC 3261 16.7). */
    private static void relayStray(SipContext context, ProxyMessages messages, AnchoredDialogs anchored,
                                   Response response) {
        ViaHeader top = (ViaHeader) response.getHeader(ViaHeader.NAME);
        if (top != null && top.getHost().equals(messages.self().host())
                && response.getHeaders(ViaHeader.NAME).hasNext() && response.getStatusCode() / 100 == 2) {
            try {
                Response up = messages.upstream(response);
                // the caller must see the same anchored SDP as in the first 2xx, not the callee's own
                anchored.find(((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId())
                        .ifPresent(d -> d.sameAnswerAgain(up));
                context.provider().sendResponse(up);
            } catch (Exception e) {
                log.debug("could not relay a stray {}: {}", response.getStatusCode(), e.toString());
            }
        }
    }

    @Override
    public void close() {
        if (keepAliveTimer != null) {
            keepAliveTimer.shutdownNow();
        }
        timers.shutdownNow();
        stack.stop();
        log.info("SIP stopped");
    }
}
