package org.doorman.cli.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.doorman.cli.api.AdminAccount;
import org.doorman.cli.api.AdminRoute;
import org.doorman.cli.api.AttendanceRoutes;
import org.doorman.cli.api.CallsRoute;
import org.doorman.cli.api.DirectoryRoute;
import org.doorman.cli.api.DoorsRoute;
import org.doorman.cli.api.HealthRoute;
import org.doorman.cli.api.LogsRoute;
import org.doorman.cli.api.ManagementApi;
import org.doorman.cli.api.MediaRoute;
import org.doorman.cli.api.MessagesRoute;
import org.doorman.cli.api.Route;
import org.doorman.cli.api.StatusRoute;
import org.doorman.cli.api.UnlockLogRoute;
import org.doorman.conf.DoormanConfig;
import org.doorman.conf.storage.Database;
import org.doorman.conf.storage.Jdbc;
import org.doorman.lock.LockGateway;
import org.doorman.registrar.auth.LoginGuard;
import org.doorman.registrar.directory.Directory;
import org.doorman.registrar.directory.DirectoryRepository;
import org.doorman.registrar.location.BindingRepository;
import org.doorman.registrar.location.BindingRules;
import org.doorman.registrar.location.LocationService;
import org.doorman.sip.DoorControl;
import org.doorman.sip.MediaAnchor;
import org.doorman.sip.SipServer;
import org.doorman.sip.alarms.AlarmLogRepository;
import org.doorman.sip.alarms.UnlockEvent;
import org.doorman.sip.calls.CallLogRepository;
import org.doorman.sip.calls.CallTracker;
import org.doorman.sip.routing.DirectoryView;
import org.doorman.sip.routing.MessageRecipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Assembles and runs the whole server: storage, directory, registrar, SIP, management API. */
public final class DoormanServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DoormanServer.class);
    private static final int MAX_CONTACTS_PER_DEVICE = 10;

    private final Database db;
    private final ScheduledExecutorService housekeeping;
    private volatile SipServer sip; // read by the media relay's threads when a DTMF key arrives
    private ManagementApi api;
    private LockGateway doors;
    private final MediaParts media = new MediaParts();

    private DoormanServer(Database db) {
        this.db = db;
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "housekeeping");
            t.setDaemon(true);
            return t;
        });
    }

    public static DoormanServer start(DoormanConfig config, Path dataDir) throws Exception {
        Clock clock = Clock.systemUTC();
        Database db = Database.open(config.storage(), dataDir);
        DoormanServer server = new DoormanServer(db);
        try {
            server.run(config, dataDir, clock);
            return server;
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
    }

    private void run(DoormanConfig config, Path dataDir, Clock clock) throws Exception {
        Jdbc jdbc = new Jdbc(db);
        Directory directory = new Directory(new DirectoryRepository(jdbc), config.sip().realm(),
                config.sip().serverNumber(), config.sip().centreNumber());
        directory.load();
        List<String> otherRealm = directory.numbersWithOtherRealm();
        if (!otherRealm.isEmpty()) {
            log.warn("{} devices have passwords set for another realm and cannot register until their password"
                    + " is set again: {}", otherRealm.size(), otherRealm);
        }
        LocationService location = new LocationService(new BindingRepository(jdbc),
                new BindingRules(MAX_CONTACTS_PER_DEVICE), clock);
        location.load();
        directory.onRemoved(location::removeAll);

        AdminAccount admin = new AdminAccount(jdbc);
        if (!config.security().adminPassword().isEmpty() && !admin.initialized()) {
            admin.initialize(config.security().adminPassword());
            log.info("admin password set from security.admin-password");
        }
        CallLogRepository callLog = new CallLogRepository(jdbc, config.logs().callCapacity());
        CallTracker calls = new CallTracker(callLog, clock);
        AlarmLogRepository alarmLog = new AlarmLogRepository(jdbc, config.logs().alarmCapacity(), clock);
        // Door control (docs/doors.md): every lock driven to locked now; door alarms (open too long, forced,
        // lock and sensor faults) go to the alarm log and to the centre, door state changes (sensor enabled) to
        // the monitors of the rooms each door station serves. DTMF keys from calls open doors; keys typed at
        // a door station itself are only PIN punches (*USERID#PIN#), never unlocks. A door station's own
        // unlocks, reported by MESSAGE, go to the unlock log.
        DoorAlarmsToCentre doorAlarms = new DoorAlarmsToCentre(alarmLog, directory);
        DoorStateToMonitors doorStates = new DoorStateToMonitors(directory, vto -> config.door(vto).rooms());
        doors = LockGateway.start(config, jdbc, clock, doorAlarms, doorStates);
        DoorControl dtmfToDoors = new DoorControl() {
            @Override
            public void dtmf(String callId, String door, String pressedBy, char key, Instant at) {
                doors.dtmf().digit(callId, door, pressedBy, key, at);
            }

            @Override
            public void keypad(String callId, String door, char key, Instant at) {
                doors.keypad().key(callId, door, key, at);
            }

            @Override
            public void doorStationUnlocked(String door, UnlockEvent event, Instant at) {
                doors.unlocks().reported(door, event.lock(), event.methodAndWho(), event.opened(), event.reason());
            }
        };
        MediaAnchor anchor = media.startCalls(config, clock, () -> sip);
        sip = SipServer.start(config, dataDir, directory, location, clock, Version.get(),
                SipServer.routedTargets(config, directory, clock), calls, dtmfToDoors, alarmLog, anchor);
        media.startVideo(config, sip.tls(), directory, clock);
        doorAlarms.sendWith(sip.messenger());
        doorStates.sendWith(sip.messenger());

        String token = AdminToken.loadOrCreate(dataDir);
        LoginGuard adminGuard = new LoginGuard(config.security().lockoutAttempts(),
                Duration.ofMinutes(config.security().lockoutMinutes()), clock);
        AdminRoute adminRoute = new AdminRoute(admin, adminGuard, token);
        Map<String, Route> routes = new HashMap<>(Map.of(
                "health", new HealthRoute(Version.get()),
                "status", new StatusRoute(directory, location, clock),
                "directory", new DirectoryRoute(directory, location, clock),
                "calls", new CallsRoute(calls),
                "logs", new LogsRoute(callLog, alarmLog, config.sip().zone()),
                "messages", new MessagesRoute(sip.messenger(), new MessageRecipients(DirectoryView.of(directory))),
                "init", adminRoute,
                "token", adminRoute));
        routes.putAll(AttendanceRoutes.create(jdbc, clock, config.sip().zone()));
        routes.put("doors", new DoorsRoute(doors));
        routes.put("media", new MediaRoute(media.calls(), media.video()));
        routes.put("logs", new UnlockLogRoute(doors.log(), config.sip().zone(), routes.get("logs")));
        api = new ManagementApi(config.management().address(), config.management().port(), token, routes);
        api.start();
        String url = "http://" + hostForUrl(config.management().address()) + ":" + api.port();
        DataDirectory.writeUrl(dataDir, url);
        log.info("management API on {} (storage: {})", url, db.description());

        housekeeping.scheduleWithFixedDelay(() -> {
            try {
                location.purgeExpired();
                calls.expire(Duration.ofHours(12));
            } catch (RuntimeException e) {
                log.warn("purging expired registrations failed", e);
            }
        }, 30, 30, TimeUnit.SECONDS);
    }

    private static String hostForUrl(String address) {
        return "0.0.0.0".equals(address) ? "127.0.0.1" : address.contains(":") ? "[" + address + "]" : address;
    }

    @Override
    public void close() {
        housekeeping.shutdownNow();
        if (api != null) {
            api.close();
        }
        if (sip != null) {
            sip.close();
        }
        media.close();
        if (doors != null) {
            doors.close();
        }
        db.close();
        log.info("doorman stopped");
    }
}
